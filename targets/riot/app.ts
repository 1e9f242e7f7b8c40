/**
 * RIOT application generation: the Makefile that builds the generated C with RIOT's own
 * build system. Modules are inferred from what the program uses, per network stack.
 */
import { Feature } from "../../compiler/ir/ir";
import { Board, Stack } from "../boards";

export interface AppSpec {
    /** credman credentials the program adds (credman's pool must hold them). */
    readonly credentials?: number;
    /** The largest plaintext DtlsSock.send may pass (Module.dtlsRecord). */
    readonly dtlsRecord?: number;
    readonly application: string;
    readonly board: Board;
    readonly stack: Stack;
    readonly features: readonly Feature[];
    readonly source: string;
    /** The RIOT checkout the Makefile defaults to; without one, make asks for RIOTBASE. */
    readonly riotbase?: string;
    readonly version: string;
    /** The build runs in an emulator (QEMU): see `emulatedLines`. */
    readonly emulated?: Emulated;
    /** The compiler's bound of the main thread's stack use (Module.stack). */
    readonly callStack?: { readonly bytes: number; readonly chain: readonly string[] };
}

/** tinydtls's DTLS_MAX_BUF in RIOT (pkg/tinydtls/Makefile.include): its buffer for one record sent. */
export const DTLS_MAX_BUF_DEFAULT = 200;
/** DTLS sessions (and handshakes) at a time: CONFIG_DTLS_PEER_MAX's documented default. */
export const DTLS_PEERS = 2;
/** A TLS_PSK_WITH_AES_128_CCM_8 record's bytes beyond its plaintext: 13 of header, 8 of nonce, 8 of tag. */
export const DTLS_RECORD_OVERHEAD = 29;

/** RIOT's THREAD_STACKSIZE_MAIN on Cortex-M: THREAD_STACKSIZE_DEFAULT plus printf's extra. */
export const DEFAULT_MAIN_STACK = 1536;

/** The main stack a program's estimate asks for: a quarter more, in 8-byte units; 0 if the default holds it. */
export function mainStackFor(bytes: number): number {
    const want = Math.ceil((bytes * 1.25) / 8) * 8;
    return want > DEFAULT_MAIN_STACK ? want : 0;
}

/** How an emulated build differs from the board's: its network interface and how it exits. */
export interface Emulated {
    /** The program has sockets: the radio the emulator lacks is replaced by ethos on the UART. */
    readonly network: boolean;
}

/** The emulated node's fixed address and its host side, on the ethos link. */
export const EMULATED_NODE_ADDR = "fd00:dead:beef::2";
export const EMULATED_HOST_ADDR = "fd00:dead:beef::1";

/** The C file an emulated build adds (not the program's: it ends the emulation). */
export const EMULATOR_SUPPORT_FILE = "riotscript_qemu.c";

export const EMULATOR_SUPPORT_C = `/*
 * riotscript's support for firmware that runs in QEMU, linked only into emulated builds:
 * main's return and a panic end the emulation with an exit status, through ARM
 * semihosting, as they end the process on the host (a panic: 70, a hard fault: 134).
 */
#include <stdint.h>
#include <stdio.h>

#include "panic.h"

static void _semihosting_exit(int status)
{
    /* SYS_EXIT_EXTENDED with ADP_Stopped_ApplicationExit: QEMU exits with status */
    uint32_t block[2] = { 0x20026, (uint32_t)status };
    register uint32_t r0 __asm__("r0") = 0x20;
    register uint32_t *r1 __asm__("r1") = block;
    __asm__ volatile ("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
}

void test_utils_main_exit_cb(int res)
{
    fflush(stdout);
    _semihosting_exit(res);
}

void panic_app(core_panic_t crash_code, const char *message)
{
    printf("*** RIOT kernel panic:\\n%s\\n", message);
    fflush(stdout);
    _semihosting_exit(crash_code == PANIC_GENERAL_ERROR ? 70 : 134);
}
`;

interface ModuleLine {
    readonly module: string;
    readonly why: string;
}

/**
 * The network stack to build with: the one asked for, else the board's, except that a
 * program with TCP events needs lwIP (GNRC's TCP has no async API, FACTS §4). The note
 * says why the board's default was not taken.
 */
export function chooseStack(features: readonly Feature[], boardStack: Stack, asked: Stack | undefined): { stack: Stack; note?: string } {
    if (asked !== undefined) {
        return { stack: asked };
    }
    if (boardStack === "gnrc" && tcpEvents(features)) {
        return { stack: "lwip", note: "TCP events need lwIP (GNRC's TCP has no asynchronous API): building with lwIP" };
    }
    return { stack: boardStack };
}

/** The program has sockets, so the board needs a network interface. */
export function networked(features: readonly Feature[]): boolean {
    return features.includes("sock_udp") || features.includes("sock_tcp") || features.includes("sock_ip");
}

function tcpEvents(features: readonly Feature[]): boolean {
    return features.includes("sock_tcp") && features.includes("sock_async_event");
}

/** What a network stack cannot do that a program uses: feature, what it is, what to do instead. */
export function stackProblems(features: readonly Feature[], stack: Stack): { feature: Feature; what: string; instead: string }[] {
    const out: { feature: Feature; what: string; instead: string }[] = [];
    if (stack === "gnrc" && features.includes("ipv4")) {
        out.push({ feature: "ipv4", what: "IPv4", instead: "GNRC is IPv6 only: use UdpEndpoint.ipv6Any, or build with "
            + "--stack lwip (lwIP has IPv4)." });
    }
    if (stack === "gnrc" && tcpEvents(features)) {
        out.push({ feature: "sock_async_event", what: "TCP with events (eventInit on a TcpSock or TcpQueue)",
            instead: "GNRC's TCP has no asynchronous API: build with --stack lwip (what riotscript picks "
                + "when no --stack is given)." });
    }
    return out;
}

/** The USEMODULE lines for a program, each with the reason it is there. */
export function inferModules(features: readonly Feature[], stack: Stack, emulated?: Emulated): ModuleLine[] {
    const has = (f: Feature) => features.includes(f);
    const out: ModuleLine[] = [];
    if (networked(features)) {
        if (emulated) {
            out.push({ module: "stdio_ethos", why: "emulated: the network (and stdio) is ethos on the UART, "
                + "as QEMU has no radio" });
            if (stack === "gnrc") {
                out.push({ module: "gnrc_ipv6_static_addr", why: `emulated: the node's fixed address, ${EMULATED_NODE_ADDR}` });
            }
        } else {
            out.push({ module: "netdev_default", why: "the board's default network device" });
        }
        if (stack === "gnrc") {
            out.push({ module: "auto_init_gnrc_netif", why: "GNRC: bring the interface up at boot" });
            out.push({ module: "gnrc_ipv6_default", why: "GNRC: IPv6 with the default setup" });
        } else {
            if (has("ipv6") || !has("ipv4")) {
                out.push({ module: "lwip_ipv6", why: "lwIP: IPv6" });
            }
            if (has("ipv4")) {
                out.push({ module: "lwip_ipv4", why: "lwIP: IPv4" });
            }
        }
    }
    if (has("sock_udp")) {
        out.push({ module: "sock_udp", why: "UdpSock" });
    }
    if (has("sock_ip")) {
        out.push({ module: "sock_ip", why: "IpSock (raw IP)" });
    }
    if (has("credman") && !has("sock_dtls")) {
        out.push({ module: "credman", why: "credmanAddPsk" });
    }
    if (has("sock_dtls")) {
        out.push({ module: "sock_dtls", why: "DtlsSock (tinydtls_sock_dtls, credman)" });
        out.push({ module: "prng_sha1prng", why: "DTLS: the random numbers of handshakes" });
    }
    if (has("sock_tcp")) {
        out.push({ module: "sock_tcp", why: stack === "lwip" ? "TcpSock, TcpQueue (lwIP: lwip_sock_tcp, with events)"
            : "TcpSock, TcpQueue (GNRC: gnrc_tcp, no events)" });
    }
    if (has("sock_async_event")) {
        out.push({ module: "sock_async_event", why: "eventInit: sock events on an event queue" });
    } else if (has("event")) {
        out.push({ module: "event", why: "EventQueue" });
    }
    if (has("sock_util")) {
        out.push({ module: "sock_util", why: "UdpEndpoint.parse / TcpEndpoint.parse (sock_*_str2ep)" });
        if (!has("sock_udp")) {
            out.push({ module: "sock_udp", why: "sock_util's sources use sock_udp_ep_t, which exists only with sock_udp" });
        }
    }
    if (has("addr_str")) {
        // with ipv4_addr, ipv6_addr_to_str ends mapped addresses in dotted IPv4 on every stack
        out.push({ module: "ipv6_addr", why: "an endpoint printed as text (ipv6_addr_to_str)" });
        out.push({ module: "ipv4_addr", why: "an endpoint printed as text: ipv4_addr_to_str, and dotted IPv4 in mapped addresses" });
    }
    if (has("event_periodic")) {
        out.push({ module: "event_periodic_callback", why: "PeriodicCallback (pulls in event_callback and event_periodic)" });
    } else if (has("event_callback")) {
        out.push({ module: "event_callback", why: "EventCallback" });
    }
    if (has("event_timeout")) {
        out.push({ module: "event_timeout_ztimer", why: "EventTimeout on a ztimer clock" });
    }
    if (has("printf64")) {
        out.push({ module: "printf_long_long", why: "64-bit values are printed (the boards' printf needs it for %lld)" });
    }
    for (const [f, m] of [["ztimer_usec", "ZTIMER_USEC"], ["ztimer_msec", "ZTIMER_MSEC"], ["ztimer_sec", "ZTIMER_SEC"]] as const) {
        if (has(f)) {
            out.push({ module: f, why: `Clock.${m.slice(7)}: ${m}` });
        }
    }
    return out;
}

export function riotMakefile(spec: AppSpec): string {
    const lines = [
        // a comment line of its own: no newline may end it, no trailing backslash continue it
        `# Generated by riotscript ${spec.version} from ${spec.source.replace(/[\x00-\x1f\x7f]/g, "?")}. Do not edit:`,
        "# change the TypeScript source and build again.",
        "",
        `APPLICATION = ${spec.application}`,
        `BOARD ?= ${spec.board.name}`,
        ...(spec.riotbase !== undefined ? [`RIOTBASE ?= ${spec.riotbase}`] : [
            "# RIOT's checkout: make RIOTBASE=/path/to/RIOT, or RIOTBASE in the environment",
            "ifeq ($(RIOTBASE),)",
            "  $(error RIOTBASE is not set: run make RIOTBASE=/path/to/RIOT (a clone of https://github.com/RIOT-OS/RIOT))",
            "endif",
        ]),
        "",
        `# Network stack: ${spec.stack === "gnrc" ? "GNRC" : "lwIP"}`,
    ];
    for (const m of inferModules(spec.features, spec.stack, spec.emulated)) {
        lines.push(`# ${m.why}`, `USEMODULE += ${m.module}`);
    }
    if (spec.emulated) {
        lines.push(...emulatedLines(spec.emulated, spec.stack));
    }
    const native = spec.board.info?.arch === "native" || /^native/.test(spec.board.name);
    const main = spec.callStack ? mainStackFor(spec.callStack.bytes) : 0;
    if (main > 0 && !native && !spec.features.includes("sock_dtls")) {
        lines.push(`# the deepest call chain (${spec.callStack?.chain.join(" > ")}) may take ${spec.callStack?.bytes} bytes: `
            + "the main thread's stack gets a quarter more", `CFLAGS += -DTHREAD_STACKSIZE_MAIN=${main}`);
    }
    const credentials = Math.max(spec.credentials ?? 0, 1);
    if ((spec.features.includes("sock_dtls") || spec.features.includes("credman")) && credentials > 2) {
        lines.push(`# credman's pool holds 2 credentials by default; the program adds ${credentials}`,
            `CFLAGS += -DCONFIG_CREDMAN_MAX_CREDENTIALS=${credentials}`);
    }
    if (spec.features.includes("sock_dtls")) {
        lines.push("# DTLS: tinydtls (its default suite is TLS_PSK_WITH_AES_128_CCM_8, as the host port's)",
            "USEPKG += tinydtls");
        // sys/include/net/dtls.h documents 2 of each; tinydtls gets 2 only with gcoap_dtls, else its own 1
        lines.push(`# DTLS: ${DTLS_PEERS} sessions and handshakes at a time, as RIOT documents and the host port and Node do `
            + "(without these, tinydtls serves one)",
        `CFLAGS += -DCONFIG_DTLS_PEER_MAX=${DTLS_PEERS} -DCONFIG_DTLS_HANDSHAKE_MAX=${DTLS_PEERS}`);
        const record = (spec.dtlsRecord ?? 0) + DTLS_RECORD_OVERHEAD;
        if (record > DTLS_MAX_BUF_DEFAULT) {
            // tinydtls fails a larger send with -592, or writes the tag past its buffer (172-179 bytes)
            lines.push(`# DTLS: tinydtls's record buffer (${DTLS_MAX_BUF_DEFAULT} bytes by default) holds the largest send, `
                + `${spec.dtlsRecord} bytes, with its ${DTLS_RECORD_OVERHEAD} bytes of header, nonce and tag`,
            `DTLS_MAX_BUF = ${record}`);
        }
        lines.push("# the handshake runs in the event loop's thread (main): RIOT's dtls-sock example's stack size",
            "CFLAGS += -DTHREAD_STACKSIZE_MAIN=\\(2*THREAD_STACKSIZE_LARGE\\)");
    }
    lines.push(
        "",
        "# Asserts and extra checks; set DEVELHELP=0 for the smallest image.",
        "DEVELHELP ?= 1",
        "QUIET ?= 1",
        "",
        "include $(RIOTBASE)/Makefile.include",
        "",
    );
    return lines.join("\n");
}

/** The Makefile lines only an emulated build has. */
function emulatedLines(emulated: Emulated, stack: Stack): string[] {
    const lines = [
        `# emulated: main's return and a panic end QEMU with an exit status (${EMULATOR_SUPPORT_FILE})`,
        "USEMODULE += test_utils_main_exit_cb",
        "# emulated: no boot banner, so the UART carries only what the program prints",
        "CFLAGS += -DCONFIG_SKIP_BOOT_MSG=1",
        "# emulated: QEMU has no nRF51 RTC, so the millisecond clock runs on a timer",
        "USEMODULE += ztimer_no_periph_rtt",
    ];
    if (emulated.network && stack === "gnrc") {
        lines.push(`CFLAGS += -DCONFIG_GNRC_IPV6_STATIC_ADDR=\\"${EMULATED_NODE_ADDR}\\"`);
    }
    return lines;
}

/** Folders that hold a project's sources, not name it: src/main.ts is named after the project. */
const SOURCE_DIRS = new Set(["src", "lib", "source", "firmware"]);

/**
 * RIOT's APPLICATION name from a path: letters, digits and underscores. `examples/udp-echo/main.ts`
 * is udp_echo; `fw/src/main.ts` is the project's: its package name when `project` gives it, else fw.
 */
export function applicationName(entryPath: string, project?: string): string {
    const parts = entryPath.split(/[\\/]/).filter((p) => p !== "" && p !== ".");
    const file = (parts.pop() ?? "main.ts").replace(/\.ts$/, "");
    let base = file === "main" && parts.length > 0 ? (parts.pop() as string) : file;
    if (file === "main" && SOURCE_DIRS.has(base)) {
        base = project?.replace(/^@[^/]+\//, "") || parts.pop() || base;
    }
    const name = base.replace(/[^A-Za-z0-9_]/g, "_");
    return /^[A-Za-z_]/.test(name) ? name : `app_${name}`;
}

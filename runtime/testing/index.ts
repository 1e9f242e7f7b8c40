/**
 * riotscript/testing: unit tests of firmware with Jest. `boot("src/main.ts")` starts the
 * firmware and gives the test what a user of the device has: UDP peers that send and
 * receive datagrams, the lines the firmware prints, time, and its faults.
 *
 * The same test file runs against two targets, chosen by RIOTSCRIPT_TARGET (an environment
 * variable, or a Jest global of that name):
 * - `node` (the default): the firmware's TypeScript in this process, on a simulated network
 *   with a virtual clock (sim.ts). Fast and deterministic: `advance(5000)` is instant.
 * - `host`: the firmware compiled to C and built against the host port, as a child process
 *   on real loopback sockets. Its clock is virtual too, driven from here over a control
 *   channel (control.ts): `advance(ms)` and the waits' timeouts are the firmware's time, not
 *   the machine's, so a loaded machine changes nothing. Its fixed ports are mapped to free
 *   ones, so test runs in parallel, and other programs, never collide with it.
 * - `microbit`: the RIOT firmware on the emulated micro:bit (`riotscript run --board
 *   microbit --tap`), reached at fd00:dead:beef::2 over a tap interface of this machine;
 *   needs root, RIOTBASE, qemu-system-arm and socat.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as path from "node:path";
import { format } from "node:util";
import { DtlsEngine } from "../api/dtlsproto";
import { chooseStack, EMULATED_NODE_ADDR } from "../../targets/riot/app";
import type { Feature } from "../../compiler/ir/ir";
import { Datagram, installBackend } from "../api/platform";
import { AF } from "../api/sock";
import * as net from "node:net";
import { Simulation, SimOptions, simAddress, SimAddress, SimTcpEnd, Xorshift32 } from "./sim";
import { acquireHostLock } from "./lock";
import { Control } from "./control";

export { Simulation } from "./sim";
export { acquireHostLock } from "./lock";
export type { SimOptions, LinkOptions } from "./sim";

export type Target = "node" | "host" | "microbit";

/** The target the tests run against: RIOTSCRIPT_TARGET (Jest global or environment), else node. */
export function currentTarget(): Target {
    const g = (globalThis as { RIOTSCRIPT_TARGET?: string }).RIOTSCRIPT_TARGET ?? process.env.RIOTSCRIPT_TARGET;
    return g === "host" || g === "microbit" ? g : "node";
}

export interface BootOptions extends SimOptions {
    /** Overrides RIOTSCRIPT_TARGET for this boot. */
    readonly target?: Target;
    /**
     * Check the firmware against the riotscript subset first (default true), so that a test
     * never passes in Node on code the compiler would reject.
     */
    readonly check?: boolean;
}

/** A datagram a peer received. */
export interface Received {
    readonly data: Uint8Array;
    /** The sender's address and port. */
    readonly address: string;
    readonly port: number;
}

/** A UDP socket on another host of the network, for the test to talk to the firmware. */
export interface UdpPeer {
    readonly port: number;
    /** Sends to the firmware (or to `address`). */
    send(data: Uint8Array | string, port: number, address?: string): Promise<void>;
    /** The next datagram, or null if none arrives within `timeoutMs` (virtual ms in node). */
    recv(timeoutMs?: number): Promise<Received | null>;
    close(): Promise<void>;
}

/** How a TCP connection ended, seen from the test's side. */
export type TcpClosed = "fin" | "reset";

/**
 * A TCP connection the test holds: one it opened to the firmware (`fw.tcp(port)`), or one
 * the firmware opened to a test server (`server.accept()`).
 */
export interface TcpPeer {
    /** The test side's port. */
    readonly localPort: number;
    /** Sends bytes. */
    send(data: Uint8Array | string): Promise<void>;
    /**
     * Waits until `n` bytes have arrived, then takes them. If the firmware closes the
     * connection or `timeoutMs` passes first, takes what there is (maybe nothing).
     */
    recv(n: number, timeoutMs?: number): Promise<Uint8Array>;
    /** Waits until the firmware has closed the connection: how, or null if it is still open. */
    closed(timeoutMs?: number): Promise<TcpClosed | null>;
    /** Closes the test's sending side (a FIN), and keeps receiving: a half-close. */
    end(): Promise<void>;
    /** Drops the connection with a reset (RST). */
    reset(): Promise<void>;
    /** Closes the connection. */
    close(): Promise<void>;
}

/** A TCP server on the test's side, for firmware that connects out. */
export interface TcpServer {
    readonly port: number;
    /** The next connection the firmware opened, or null if none comes within `timeoutMs`. */
    accept(timeoutMs?: number): Promise<TcpPeer | null>;
    close(): Promise<void>;
}

/** A raw IP socket on another host, for one protocol number. */
export interface IpPeer {
    /** Sends a datagram to the firmware (or to `address`). */
    send(data: Uint8Array | string, address?: string): Promise<void>;
    /** The next datagram (port 0), or null if none arrives within `timeoutMs`. */
    recv(timeoutMs?: number): Promise<Received | null>;
    close(): Promise<void>;
}

/**
 * True if raw IP peers can run here: always in Node; on the host target only with root or
 * CAP_NET_RAW (and python3, which holds the raw socket), as raw sockets need.
 */
export function rawIpAvailable(target: Target = currentTarget()): boolean {
    if (target === "node") {
        return true;
    }
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process"); // eslint-disable-line @typescript-eslint/no-require-imports
    const r = spawnSync("python3", ["-c", "import socket; socket.socket(socket.AF_INET6, socket.SOCK_RAW, 253)"]);
    return r.status === 0;
}

/** A DTLS 1.2 PSK client (riotscript's own implementation) talking to the firmware. */
export interface DtlsPeer {
    /** Runs the handshake: true once the session is up, false if it failed or timed out. */
    handshake(timeoutMs?: number): Promise<boolean>;
    /** Why the handshake failed (an alert, a key that did not verify), if it did. */
    readonly failure: string | null;
    /** How many times the handshake resent a flight on its timer (1 s, then doubling). */
    readonly resent: number;
    /** Sends one record. */
    send(data: Uint8Array | string): Promise<void>;
    /** The next decrypted record, or null if none arrives within `timeoutMs`. */
    recv(timeoutMs?: number): Promise<Uint8Array | null>;
    /** Sends close_notify and closes the socket. */
    close(): Promise<void>;
    /** The UDP socket underneath, for sending what is not DTLS. */
    readonly udp: UdpPeer;
}

/** A running firmware. */
export interface Firmware {
    readonly target: Target;
    /** Every line the firmware printed so far. */
    readonly output: readonly string[];
    /** Faults so far: out-of-range accesses, exceptions in handlers, panics (host). */
    readonly faults: readonly string[];
    /** The firmware's address on the network. */
    address(family?: "ipv6" | "ipv4"): string;
    /** A peer socket on another host; port 0 picks one. */
    udp(options?: { port?: number; family?: "ipv6" | "ipv4" }): Promise<UdpPeer>;
    /**
     * A DTLS client for the firmware's `port`, with a PSK identity and key (defaults:
     * "Client_identity" and "secretPSK", RIOT's examples' values).
     */
    dtls(port: number, options?: { identity?: string; key?: string; family?: "ipv6" | "ipv4" }): Promise<DtlsPeer>;
    /** A raw IP socket for protocol `proto` on another host (on the host target: needs root). */
    ip(proto: number, options?: { family?: "ipv6" | "ipv4" }): Promise<IpPeer>;
    /**
     * Opens a TCP connection to the firmware's `port`; rejects with the error if it is refused.
     * `sendAndClose`: sends these bytes and the FIN with the connection, before the firmware
     * has run, as `echo hi | nc -N` does (on the host target the firmware is held meanwhile).
     */
    tcp(port: number, options?: { family?: "ipv6" | "ipv4"; sendAndClose?: Uint8Array | string }): Promise<TcpPeer>;
    /**
     * A TCP server the firmware can connect to, at `::1` (or `127.0.0.1`) on `port`: the
     * loopback address on the host, the same address in the simulation.
     */
    tcpServer(options?: { port?: number; family?: "ipv6" | "ipv4" }): Promise<TcpServer>;
    /** Waits for a printed line (after the ones already seen by earlier waits) and returns it. */
    waitForLine(match: string | RegExp, timeoutMs?: number): Promise<string>;
    /** Lets the firmware's time pass: virtual on node and host (instant), real on the emulated board. */
    advance(ms: number): Promise<void>;
    /** Fails (throws) with the firmware's faults, naming their .ts file and line. */
    expectNoFault(): void;
    /** Stops the firmware; faults not yet reported fail here. */
    stop(): Promise<void>;
    /** The simulation (node target only), for link conditions and statistics. */
    readonly sim?: Simulation;
}

/** Boots the firmware whose entry file is `entry` (relative to the working directory). */
export async function boot(entry: string, options: BootOptions = {}): Promise<Firmware> {
    const file = path.resolve(entry);
    if (!fs.existsSync(file)) {
        throw new Error(`riotscript/testing: no firmware at ${file}`);
    }
    const target = options.target ?? currentTarget();
    let stack = options.stack;
    if (target === "node" && options.check !== false) {
        // the stack a board build would pick for this program: its behaviour is the simulation's
        stack ??= chooseStack(checkSubset(file), "gnrc", undefined).stack;
    }
    return target === "node" ? bootNode(file, { ...options, stack }) : bootHost(file, target, options);
}

/**
 * Compiles the firmware's checks only; throws the diagnostics, as `riotscript check` prints
 * them. Returns what the program uses.
 */
function checkSubset(file: string): readonly Feature[] {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const compiler = require("../../compiler/index") as typeof import("../../compiler/index");
    const { fsHost } = require("../../compiler/cli/main") as typeof import("../../compiler/cli/main");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: process.cwd(), env: process.env, color: false };
    const r = compiler.compile(path.relative(process.cwd(), file), fsHost(io), { checkOnly: true });
    if (!r.ok) {
        const text = r.diagnostics.map((d) => compiler.formatDiagnostic(d, { pretty: false, color: false, sources: r.sources }));
        throw new Error(`riotscript/testing: the firmware is outside the riotscript subset:\n${text.join("\n")}`);
    }
    return r.module?.features ?? [];
}

function faultMessage(e: unknown): string {
    if (e instanceof Error) {
        return e.name === "Fault" ? e.message : `${e.name}: ${e.message}\n${e.stack ?? ""}`;
    }
    return String(e);
}

function matches(line: string, m: string | RegExp): boolean {
    return typeof m === "string" ? line.includes(m) : m.test(line);
}

/**
 * The index of the first printed line from `from` on that matches `m`, once `wait` (which
 * lets the target's time pass until its argument holds) returns; throws with what was printed.
 */
async function lineAfter(output: readonly string[], from: number, m: string | RegExp, timeoutMs: number,
    wait: (found: () => boolean) => Promise<unknown>, check: () => void): Promise<number> {
    const found = () => output.slice(from).findIndex((l) => matches(l, m));
    await wait(() => found() >= 0);
    check();
    const i = found();
    if (i < 0) {
        throw new Error(`riotscript/testing: no line matching ${m} within ${timeoutMs} ms; printed:\n`
            + output.map((l) => `  ${l}`).join("\n"));
    }
    return from + i;
}

class FaultError extends Error {
    constructor(faults: readonly string[]) {
        super(`the firmware faulted:\n${faults.map((f) => `  ${f}`).join("\n")}`);
        this.name = "FirmwareFault";
    }
}

// --- node: the TypeScript on the simulated network -------------------------------------------

declare const jest: { isolateModules(fn: () => void): void } | undefined;

async function bootNode(file: string, options: BootOptions): Promise<Firmware> {
    const sim = new Simulation(options);
    const previous = installBackend(sim);
    const output: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => {
        output.push(format(...args));
    };
    let seen = 0;
    let reported = 0;
    const faults = (): string[] => sim.faults.map(faultMessage);
    const check = (): void => {
        const all = faults();
        if (all.length > reported) {
            reported = all.length;
            throw new FaultError(all);
        }
    };
    try {
        let mod: { main?: () => number } = {};
        const load = () => {
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            mod = require(file) as { main?: () => number };
        };
        if (typeof jest !== "undefined") {
            jest.isolateModules(load); // a fresh copy of the firmware's module state per boot
        } else {
            load();
        }
        if (typeof mod.main !== "function") {
            throw new Error(`riotscript/testing: ${file} exports no main()`);
        }
        mod.main();
    } catch (e) {
        sim.fault(e);
    }
    await sim.advance(0);
    const peers: { close(): void }[] = [];
    let nextPeer = 2;
    const simPeer = (end: SimTcpEnd): TcpPeer => {
        const inbox = new ByteQueue();
        let state: TcpClosed | null = null;
        end.attach({
            data: (b) => inbox.push(b),
            fin: () => { state = "fin"; },
            error: () => { state = "reset"; },
        });
        return {
            localPort: end.local.port,
            async send(data) {
                const res = end.write(typeof data === "string" ? new TextEncoder().encode(data) : data);
                if (res < 0) {
                    throw new Error(`riotscript/testing: TCP send: errno ${-res}`);
                }
                await sim.advance(0);
                check();
            },
            async recv(n, timeoutMs = 1000) {
                await sim.until(() => inbox.length >= n || state !== null || sim.faults.length > reported, timeoutMs);
                check();
                return inbox.take(n);
            },
            async closed(timeoutMs = 1000) {
                await sim.until(() => state !== null || sim.faults.length > reported, timeoutMs);
                check();
                return state;
            },
            async end() {
                end.shutdown();
                await sim.advance(0);
            },
            async reset() {
                end.abort();
                await sim.advance(0);
            },
            async close() {
                end.close();
                await sim.advance(0);
            },
        };
    };
    const fw: Firmware = {
        target: "node",
        sim,
        get output() {
            return output;
        },
        get faults() {
            return faults();
        },
        address: (family = "ipv6") => (family === "ipv6" ? sim.firmware.ipv6.text : sim.firmware.ipv4.text),
        async udp(opts = {}) {
            const v6 = (opts.family ?? "ipv6") === "ipv6";
            const me: SimAddress = simAddress(v6 ? `2001:db8::${(nextPeer++).toString(16)}` : `192.0.2.${nextPeer++}`);
            const inbox: Datagram[] = [];
            const bound = sim.bindPeer(me, opts.port ?? 0, (d) => inbox.push(d));
            peers.push(bound);
            return {
                port: bound.port,
                async send(data, port, address) {
                    const to = simAddress(address ?? (v6 ? sim.firmware.ipv6.text : sim.firmware.ipv4.text));
                    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
                    sim.transmit({ data: bytes.slice(), family: me.family, addr: me.bytes, port: bound.port, netif: 0 },
                        to.family, to.bytes, port);
                    await sim.advance(0);
                    check();
                },
                async recv(timeoutMs = 1000) {
                    await sim.until(() => inbox.length > 0 || sim.faults.length > reported, timeoutMs);
                    check();
                    const d = inbox.shift();
                    return d ? { data: d.data, address: addrText(d.family, d.addr), port: d.port } : null;
                },
                async close() {
                    bound.close();
                },
            };
        },
        async dtls(port, opts = {}) {
            const udp = await this.udp({ family: opts.family });
            return dtlsPeer(udp, port, opts.identity ?? "Client_identity", opts.key ?? "secretPSK");
        },
        async ip(proto, opts = {}) {
            const v6 = (opts.family ?? "ipv6") === "ipv6";
            const me: SimAddress = simAddress(v6 ? `2001:db8::${(nextPeer++).toString(16)}` : `192.0.2.${nextPeer++}`);
            const inbox: Datagram[] = [];
            const t = sim.bindRaw(me, proto, (d) => inbox.push(d));
            peers.push(t);
            return {
                async send(data, address) {
                    const to = simAddress(address ?? (v6 ? sim.firmware.ipv6.text : sim.firmware.ipv4.text));
                    t.send(typeof data === "string" ? new TextEncoder().encode(data) : data, to.family, to.bytes);
                    await sim.advance(0);
                    check();
                },
                async recv(timeoutMs = 1000) {
                    await sim.until(() => inbox.length > 0 || sim.faults.length > reported, timeoutMs);
                    check();
                    const d = inbox.shift();
                    return d ? { data: d.data, address: addrText(d.family, d.addr), port: 0 } : null;
                },
                async close() {
                    t.close();
                },
            };
        },
        async tcp(port, opts = {}) {
            const v6 = (opts.family ?? "ipv6") === "ipv6";
            const me: SimAddress = simAddress(v6 ? `2001:db8::${(nextPeer++).toString(16)}` : `192.0.2.${nextPeer++}`);
            const end = sim.connectFrom(me, 0, v6 ? sim.firmware.ipv6 : sim.firmware.ipv4, port);
            if (typeof end === "number") {
                throw new Error(`riotscript/testing: TCP connect to port ${port}: ECONNREFUSED`);
            }
            peers.push(end);
            if (opts.sendAndClose !== undefined) {
                end.write(typeof opts.sendAndClose === "string" ? new TextEncoder().encode(opts.sendAndClose) : opts.sendAndClose);
                end.shutdown(); // both arrive with the connection, before the firmware's handler runs
            }
            return simPeer(end);
        },
        async tcpServer(opts = {}) {
            const at = simAddress((opts.family ?? "ipv6") === "ipv6" ? "::1" : "127.0.0.1");
            const port = opts.port ?? 40000 + nextPeer++;
            const waiting: SimTcpEnd[] = [];
            const listener = sim.listenAt(at, port, (end) => waiting.push(end));
            if (typeof listener === "number") {
                throw new Error(`riotscript/testing: port ${port} is already in use`);
            }
            peers.push(listener);
            return {
                port,
                async accept(timeoutMs = 1000) {
                    await sim.until(() => waiting.length > 0 || sim.faults.length > reported, timeoutMs);
                    check();
                    const end = waiting.shift();
                    if (end === undefined) {
                        return null;
                    }
                    peers.push(end);
                    return simPeer(end);
                },
                async close() {
                    listener.close();
                },
            };
        },
        async waitForLine(match, timeoutMs = 1000) {
            const at = await lineAfter(output, seen, match, timeoutMs,
                (found) => sim.until(() => found() || sim.faults.length > reported, timeoutMs), check);
            seen = at + 1;
            return output[at];
        },
        async advance(ms) {
            await sim.advance(ms);
            check();
        },
        expectNoFault() {
            const all = faults();
            reported = all.length;
            if (all.length > 0) {
                throw new FaultError(all);
            }
        },
        async stop() {
            console.log = log;
            peers.forEach((p) => p.close());
            installBackend(previous);
            check();
        },
    };
    check();
    return fw;
}

function addrText(family: AF, addr: Uint8Array): string {
    if (family === AF.INET) {
        return `${addr[0]}.${addr[1]}.${addr[2]}.${addr[3]}`;
    }
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) {
        groups.push(((addr[i] << 8) | addr[i + 1]).toString(16));
    }
    // the canonical short form: the longest run of zero groups becomes ::
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        let j = i;
        while (j < 8 && groups[j] === "0") {
            j++;
        }
        if (j - i > bestLen) {
            best = i;
            bestLen = j - i;
        }
        i = j === i ? i + 1 : j;
    }
    if (best < 0) {
        return groups.join(":");
    }
    return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}

/** A DTLS client over a UdpPeer: the same on both targets. */
function dtlsPeer(udp: UdpPeer, port: number, identity: string, key: string): DtlsPeer {
    const records: Uint8Array[] = [];
    let failure: string | null = null;
    let connected = false;
    let resent = 0;
    const sending: Promise<void>[] = [];
    const engine = new DtlsEngine("client", {
        send: (d) => { sending.push(udp.send(d, port)); },
        psk: { identity: new TextEncoder().encode(identity), key: new TextEncoder().encode(key) },
    });
    const pump = async (done: () => boolean, timeoutMs: number): Promise<void> => {
        while (!done()) {
            const r = await udp.recv(timeoutMs);
            if (r === null) {
                return;
            }
            for (const ev of engine.input(r.data)) {
                if (ev.k === "connected") {
                    connected = true;
                } else if (ev.k === "data") {
                    records.push(ev.data);
                } else if (ev.k === "failed") {
                    failure = ev.why;
                }
            }
        }
    };
    return {
        udp,
        get failure() {
            return failure;
        },
        get resent() {
            return resent;
        },
        async handshake(timeoutMs = 2000) {
            engine.start();
            // a lost flight is resent on a timer, 1 s and then doubling (RFC 6347 4.2.4.1), as
            // OpenSSL's and tinydtls's clients do, until the whole timeout is spent
            const done = () => connected || failure !== null;
            for (let left = timeoutMs, interval = 1000; ;) {
                const slice = Math.min(interval, left);
                await pump(done, slice);
                left -= slice;
                if (done() || left <= 0) {
                    break;
                }
                engine.retransmit();
                resent++;
                interval = Math.min(interval * 2, 60000);
            }
            return connected;
        },
        async send(data) {
            engine.write(typeof data === "string" ? new TextEncoder().encode(data) : data);
            await Promise.all(sending.splice(0));
        },
        async recv(timeoutMs = 1000) {
            await pump(() => records.length > 0 || failure !== null, timeoutMs);
            return records.shift() ?? null;
        },
        async close() {
            engine.close();
            await Promise.all(sending.splice(0)); // close_notify leaves before the socket closes
            await udp.close();
        },
    };
}

/** Bytes received and not yet taken by the test. */
class ByteQueue {
    private chunks: Uint8Array[] = [];
    length = 0;

    push(b: Uint8Array): void {
        this.chunks.push(b);
        this.length += b.length;
    }

    take(n: number): Uint8Array {
        const out = new Uint8Array(Math.min(n, this.length));
        let at = 0;
        while (at < out.length) {
            const c = this.chunks[0];
            const k = Math.min(c.length, out.length - at);
            out.set(c.subarray(0, k), at);
            at += k;
            if (k === c.length) {
                this.chunks.shift();
            } else {
                this.chunks[0] = c.subarray(k);
            }
        }
        this.length -= out.length;
        return out;
    }
}

/**
 * The raw socket of a host-target IpPeer lives in python3 (Node has none): it reads
 * "address hex" lines to send and writes "address hex" lines for what arrives.
 */
const RAW_HELPER = `
import socket, sys, threading, binascii
v6 = sys.argv[2] == "6"
s = socket.socket(socket.AF_INET6 if v6 else socket.AF_INET, socket.SOCK_RAW, int(sys.argv[1]))
lock = threading.Lock()
def say(line):
    with lock:
        sys.stdout.write(line + "\\n")
        sys.stdout.flush()
say("ready")
def rx():
    while True:
        d, a = s.recvfrom(65536)
        if not v6:
            d = d[(d[0] & 15) * 4:]
        say(a[0] + " " + (binascii.hexlify(d).decode() or "-"))
threading.Thread(target=rx, daemon=True).start()
for line in sys.stdin:
    addr, data = line.split()
    s.sendto(b"" if data == "-" else binascii.unhexlify(data), (addr, 0))
    say("sent")
`;

/** A raw IP peer; `node` is the firmware's IPv6 address, where sends go by default. */
function rawPeer(proto: number, v6: boolean, node: string, check: () => void, wait: Wait): IpPeer & { ready: Promise<void>; close(): Promise<void> } {
    const child = spawn("python3", ["-c", RAW_HELPER, String(proto), v6 ? "6" : "4"], { stdio: ["pipe", "pipe", "pipe"] });
    const inbox: Received[] = [];
    const sent: string[] = []; // on loopback a raw socket also receives what it sent: skip those once
    const written: (() => void)[] = [];
    let errors = "";
    let partial = "";
    const ready = new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => {
            partial += d.toString();
            const lines = partial.split("\n");
            partial = lines.pop() as string;
            for (const line of lines) {
                if (line === "ready") {
                    resolve();
                    continue;
                }
                if (line === "sent") {
                    written.shift()?.();
                    continue;
                }
                const [address, hex] = line.split(" ");
                const mine = sent.indexOf(hex);
                if (mine >= 0) {
                    sent.splice(mine, 1);
                    continue;
                }
                inbox.push({ data: new Uint8Array(hex === "-" ? [] : Buffer.from(hex, "hex")), address, port: 0 });
                wait.poke();
            }
        });
        child.stderr.on("data", (d: Buffer) => { errors += d.toString(); });
        child.on("close", () => reject(new Error(`riotscript/testing: the raw IP peer could not start (it needs root `
            + `or CAP_NET_RAW, and python3): ${errors.trim()}`)));
    });
    return {
        ready,
        async send(data, address) {
            const bytes = typeof data === "string" ? Buffer.from(data) : Buffer.from(data);
            const hex = bytes.length === 0 ? "-" : bytes.toString("hex");
            sent.push(hex);
            // resolves once the datagram is on its way (the helper says so), whatever the load
            await new Promise<void>((resolve) => {
                written.push(resolve);
                child.stdin.write(`${address ?? (v6 ? node : "127.0.0.1")} ${hex}\n`);
            });
            check();
        },
        async recv(timeoutMs = 1000) {
            await wait(() => inbox.length > 0, timeoutMs);
            check();
            return inbox.shift() ?? null;
        },
        async close() {
            child.kill();
        },
    };
}

/** A TcpPeer over a real node:net socket (host target). */
function netPeer(socket: net.Socket, check: () => void, wait: Wait): TcpPeer {
    const inbox = new ByteQueue();
    let state: TcpClosed | null = null;
    const changed = () => wait.poke();
    socket.on("data", (b: Buffer) => { inbox.push(new Uint8Array(b)); changed(); });
    socket.on("end", () => { state ??= "fin"; changed(); });
    socket.on("error", () => { state = "reset"; changed(); });
    socket.on("close", () => { state ??= "fin"; changed(); });
    const waitFor = async (done: () => boolean, timeoutMs: number): Promise<void> => {
        await wait(done, timeoutMs);
        check();
    };
    return {
        localPort: socket.localPort ?? 0,
        async send(data) {
            await new Promise<void>((resolve, reject) => socket.write(typeof data === "string" ? Buffer.from(data) : data,
                (e) => (e ? reject(e) : resolve())));
            check();
        },
        async recv(n, timeoutMs = 1000) {
            await waitFor(() => inbox.length >= n || state !== null, timeoutMs);
            return inbox.take(n);
        },
        async closed(timeoutMs = 1000) {
            await waitFor(() => state !== null, timeoutMs);
            return state;
        },
        async end() {
            await new Promise<void>((resolve) => socket.end(resolve));
        },
        async reset() {
            socket.resetAndDestroy();
            await sleep(10);
        },
        async close() {
            socket.destroy();
            await sleep(0);
        },
    };
}

// --- host: the compiled C on real sockets ---------------------------------------------------

/**
 * How a host-side wait lets time pass: on the firmware's virtual clock (the host target), or
 * in real time (the emulated board). `poke()` says that something arrived.
 */
interface Wait {
    (done: () => boolean, timeoutMs: number): Promise<unknown>;
    poke(): void;
}

/**
 * The `loss` boot option on the host target: the test's UDP peers lose that share of what
 * they send and of what reaches them, drawn from a seeded xorshift32 as in the simulation.
 */
class Loss {
    private readonly rand: Xorshift32;

    constructor(private readonly p: number, seed: number) {
        this.rand = new Xorshift32(seed);
    }

    drop(): boolean {
        return this.p > 0 && this.rand.next() < this.p;
    }
}

function makeWait(control: Control | null): Wait {
    const wakers = new Set<() => void>();
    const wait = (async (done: () => boolean, timeoutMs: number) => {
        if (control) {
            return control.until(done, timeoutMs);
        }
        const deadline = Date.now() + timeoutMs;
        while (!done() && Date.now() < deadline) {
            await new Promise<void>((resolve) => {
                const wake = () => {
                    clearTimeout(t);
                    wakers.delete(wake);
                    resolve();
                };
                const t = setTimeout(wake, Math.max(1, deadline - Date.now()));
                wakers.add(wake);
            });
        }
        return done();
    }) as Wait;
    wait.poke = () => {
        if (control) {
            control.lastArrival = Date.now();
        }
        [...wakers].forEach((w) => w());
    };
    return wait;
}

function sleep(ms: number): Promise<void> {
    return new Promise((r) => setTimeout(r, ms));
}

/** Waits until the child has a socket open (it is serving), has printed something, or has exited. */
async function waitUntilServing(child: ChildProcess, exited: () => boolean, printed: () => boolean): Promise<void> {
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !exited() && !printed()) {
        try {
            const fds = fs.readdirSync(`/proc/${child.pid}/fd`).map((f) => {
                try {
                    return fs.readlinkSync(`/proc/${child.pid}/fd/${f}`);
                } catch {
                    return "";
                }
            });
            const inodes = new Set(fds.filter((l) => l.startsWith("socket:[")).map((l) => l.slice(8, -1)));
            const udp = ["udp", "udp6", "tcp", "tcp6"].flatMap((t) => {
                try {
                    return fs.readFileSync(`/proc/${child.pid}/net/${t}`, "utf8").split("\n").slice(1);
                } catch {
                    return [];
                }
            });
            if (udp.some((line) => inodes.has(line.trim().split(/\s+/)[9]))) {
                return;
            }
        } catch {
            // not started yet
        }
        await sleep(10);
    }
}

async function bootHost(file: string, target: "host" | "microbit", options: BootOptions): Promise<Firmware> {
    if (target === "host") {
        return bootHostTarget(file, options); // ports of its own and a virtual clock: it needs no turn
    }
    // the emulated board's node has one fixed address on this machine: one board at a time
    const release = await acquireHostLock();
    try {
        return await bootMicrobitLocked(file, release, options);
    } catch (e) {
        release();
        throw e;
    }
}

/** The emulated micro:bit's firmware on a tap of this machine: riotscript's own `run`, as a child. */
async function bootMicrobitLocked(file: string, release: () => void, options: BootOptions): Promise<Firmware> {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { packageRoot } = require("../../compiler/cli/main") as typeof import("../../compiler/cli/main");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const entry = path.relative(process.cwd(), file);
    const tap = `rsmb${process.pid % 100000}`;
    const child = spawn(process.execPath, [path.join(packageRoot(), "compiler", "cli", "bin.js"), "run", entry, "--board", "microbit",
        "--tap", tap, "--out", path.join(".riotscript", "microbit", path.basename(path.dirname(file)))],
    { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    let log = "";
    child.stderr?.on("data", (d: Buffer) => { log += d.toString(); });
    const deadline = Date.now() + 600000;
    while (!log.includes("the node is") && child.exitCode === null && Date.now() < deadline) {
        await sleep(50);
    }
    if (!log.includes("the node is")) {
        child.kill("SIGTERM");
        throw new Error(`riotscript/testing: ${entry} did not start on the emulated micro:bit:\n${log}`);
    }
    await sleep(300); // the node's address is up a moment after the bridge
    return processFirmware(child, "microbit", EMULATED_NODE_ADDR, "::", release, null, log.slice(log.indexOf("the node is")),
        new Loss(options.loss ?? 0, options.seed ?? 1));
}

async function bootHostTarget(file: string, options: BootOptions): Promise<Firmware> {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { buildHost } = require("../../compiler/cli/main") as typeof import("../../compiler/cli/main");
    const { parseArgs } = require("../../compiler/cli/args") as typeof import("../../compiler/cli/args");
    /* eslint-enable @typescript-eslint/no-require-imports */
    let errors = "";
    const entry = path.relative(process.cwd(), file);
    const binary = await buildHost(entry, parseArgs(["run", entry]) as Parameters<typeof buildHost>[1], {
        stdout: () => undefined, stderr: (t) => { errors += t; }, cwd: process.cwd(), env: process.env, color: false,
    });
    if (typeof binary !== "string") {
        throw new Error(`riotscript/testing: ${entry} did not build for the host:\n${errors}`);
    }
    // fd 3: the control channel (host_control.c), for the virtual clock and the port map
    const child = spawn(binary, [], { stdio: ["ignore", "pipe", "pipe", "pipe"], env: { ...process.env, RIOTSCRIPT_CONTROL: "3" } });
    const control = new Control(child.stdio[3] as net.Socket);
    const gaveUp = new Promise((r) => setTimeout(r, 5000).unref());
    await Promise.race([control.ready, new Promise((r) => child.once("close", r)), gaveUp]);
    return processFirmware(child, "host", "::1", "::1", () => undefined, control, "", new Loss(options.loss ?? 0, options.seed ?? 1));
}

/**
 * A firmware that runs as a child process: the host binary, or riotscript's `run` for the
 * emulated board. `node` is its IPv6 address, `bind` the address this side's peers use.
 */
async function processFirmware(child: ChildProcess, target: "host" | "microbit", node: string, bind: string,
    release: () => void, control: Control | null, earlierStderr = "", loss = new Loss(0, 1)): Promise<Firmware> {
    const wait = makeWait(control);
    const output: string[] = [];
    const faults: string[] = [];
    let stderr = earlierStderr;
    let partial = "";
    let status: number | null = null;
    let done = false;
    let stopping = false;
    child.stdout?.on("data", (d: Buffer) => {
        partial += d.toString();
        const lines = partial.split("\n");
        partial = lines.pop() as string;
        output.push(...lines);
        if (lines.length > 0) {
            wait.poke();
        }
    });
    child.stderr?.on("data", (d: Buffer) => { stderr += d.toString(); });
    const exited = new Promise<void>((resolve) => child.on("close", (code, signal) => {
        done = true;
        status = code;
        const panic = /\*\*\* RIOT kernel panic:\n(.*)\n/.exec(stderr);
        if (panic) {
            faults.push(panic[1]);
        } else if (code !== 0 && signal !== "SIGTERM" && !(stopping && code === 130)) {
            faults.push(`the program exited with status ${code ?? signal}: ${stderr.trim()}`);
        }
        resolve();
    }));
    if (target === "host") {
        await waitUntilServing(child, () => done, () => output.length > 0);
    }
    let seen = 0;
    let reported = 0;
    const sockets: ({ close(): void } | net.Socket)[] = [];
    const check = (): void => {
        if (faults.length > reported) {
            reported = faults.length;
            throw new FaultError(faults);
        }
    };
    const fw: Firmware = {
        target,
        get output() {
            return output;
        },
        get faults() {
            return faults;
        },
        address: (family = "ipv6") => (family === "ipv6" ? node : "127.0.0.1"),
        async udp(opts = {}) {
            const v6 = (opts.family ?? "ipv6") === "ipv6";
            const socket = dgram.createSocket({ type: v6 ? "udp6" : "udp4", ipv6Only: v6 });
            sockets.push(socket);
            const inbox: Received[] = [];
            socket.on("message", (msg, rinfo) => {
                if (loss.drop()) {
                    return;
                }
                inbox.push({ data: new Uint8Array(msg), address: rinfo.address, port: rinfo.port });
                wait.poke();
            });
            // on the host target a fixed port is the firmware's name for it: Linux picks the real one
            await new Promise<void>((resolve) => socket.bind({ port: control ? 0 : opts.port ?? 0, address: v6 ? bind : "127.0.0.1" }, resolve));
            if (control && opts.port) {
                await control.peer("u", opts.port, socket.address().port);
            }
            return {
                port: control && opts.port ? opts.port : socket.address().port,
                async send(data, port, address) {
                    const bytes = typeof data === "string" ? Buffer.from(data) : Buffer.from(data);
                    const real = control ? await control.port("u", port) : port;
                    if (real === 0 || loss.drop()) {
                        return; // nothing of the firmware's is bound there, or the link lost it
                    }
                    await new Promise<void>((resolve, reject) => socket.send(bytes, real, address ?? (v6 ? node : "127.0.0.1"),
                        (err) => (err ? reject(err) : resolve())));
                    check();
                },
                async recv(timeoutMs = 1000) {
                    await wait(() => inbox.length > 0, timeoutMs);
                    await sleep(0);
                    check();
                    const d = inbox.shift();
                    if (d && control) {
                        return { ...d, port: await control.fwPort("u", d.port) };
                    }
                    return d ?? null;
                },
                async close() {
                    await new Promise<void>((resolve) => socket.close(() => resolve()));
                    sockets.splice(sockets.indexOf(socket), 1);
                },
            };
        },
        async dtls(port, opts = {}) {
            const udp = await this.udp({ family: opts.family });
            return dtlsPeer(udp, port, opts.identity ?? "Client_identity", opts.key ?? "secretPSK");
        },
        async ip(proto, opts = {}) {
            const v6 = (opts.family ?? "ipv6") === "ipv6";
            const peer = rawPeer(proto, v6, node, check, wait);
            sockets.push(peer);
            await peer.ready;
            return peer;
        },
        async tcp(port, opts = {}) {
            const v6 = (opts.family ?? "ipv6") === "ipv6";
            const real = control ? await control.port("t", port) : port;
            if (real === 0) {
                throw new Error(`riotscript/testing: TCP connect to port ${port}: ECONNREFUSED`);
            }
            const atOnce = opts.sendAndClose;
            if (atOnce !== undefined) {
                await control?.hold(); // the firmware looks again once the data and the FIN are there
            }
            try {
                const socket = net.connect({ host: v6 ? node : "127.0.0.1", port: real, allowHalfOpen: true });
                await new Promise<void>((resolve, reject) => {
                    socket.once("connect", resolve);
                    socket.once("error", (e: NodeJS.ErrnoException) =>
                        reject(new Error(`riotscript/testing: TCP connect to port ${port}: ${e.code ?? e.message}`)));
                });
                sockets.push(socket);
                const peer = netPeer(socket, check, wait);
                if (atOnce !== undefined) {
                    await new Promise<void>((resolve) => socket.end(typeof atOnce === "string" ? Buffer.from(atOnce) : atOnce, resolve));
                }
                return peer;
            } finally {
                if (atOnce !== undefined) {
                    await control?.go();
                }
            }
        },
        async tcpServer(opts = {}) {
            const v6 = (opts.family ?? "ipv6") === "ipv6";
            const waiting: net.Socket[] = [];
            const server = net.createServer({ allowHalfOpen: true }, (socket) => {
                waiting.push(socket);
                sockets.push(socket);
                wait.poke();
            });
            await new Promise<void>((resolve, reject) => {
                server.once("error", reject);
                server.listen({ port: control ? 0 : opts.port ?? 0, host: v6 ? "::1" : "127.0.0.1", ipv6Only: v6 }, resolve);
            });
            sockets.push(server);
            const real = (server.address() as net.AddressInfo).port;
            if (control && opts.port) {
                await control.peer("t", opts.port, real);
            }
            return {
                port: control && opts.port ? opts.port : real,
                async accept(timeoutMs = 1000) {
                    await wait(() => waiting.length > 0, timeoutMs);
                    check();
                    const socket = waiting.shift();
                    return socket ? netPeer(socket, check, wait) : null;
                },
                async close() {
                    await new Promise<void>((resolve) => server.close(() => resolve()));
                },
            };
        },
        // the emulated board runs slower than the host, and slower still on a busy machine
        async waitForLine(match, timeoutMs = target === "microbit" ? 5000 : 1000) {
            const at = await lineAfter(output, seen, match, timeoutMs,
                (found) => wait(() => found() || done || faults.length > reported, timeoutMs), check);
            seen = at + 1;
            return output[at];
        },
        async advance(ms) {
            await (control ? control.advance(ms) : sleep(ms));
            check();
        },
        expectNoFault() {
            reported = faults.length;
            if (faults.length > 0) {
                throw new FaultError(faults);
            }
        },
        async stop() {
            for (const s of sockets.splice(0)) {
                if (s instanceof net.Socket) {
                    s.destroy();
                } else {
                    (s as { close(): void }).close();
                }
            }
            if (!done) {
                stopping = true;
                child.kill("SIGTERM");
            }
            await exited;
            void status;
            release();
            check();
        },
    };
    return fw;
}

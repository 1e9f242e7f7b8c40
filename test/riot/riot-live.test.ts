/**
 * The examples on RIOT itself: built by RIOT's make for native64 and run as a RIOT node on a
 * tap interface in a network namespace of its own, with real clients. Runs only when
 * RIOTBASE points at a RIOT checkout and this process may create network namespaces (root,
 * with `ip`, python3 and openssl); otherwise it is skipped and says so.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli, have, ROOT } from "../helpers";
import { GNRC_COALESCE, LWIP_CLOSE } from "../testing/conformance";

const RIOTBASE = process.env.RIOTBASE;
const NS = `rs-live-${process.pid}`;
const TAP = "tap0";
const LIVE = path.join(ROOT, "test", "riot", "live");

function canRun(): string | null {
    if (RIOTBASE === undefined || !fs.existsSync(path.join(RIOTBASE, "Makefile.include"))) {
        return "RIOTBASE is not set to a RIOT checkout";
    }
    if (process.getuid?.() !== 0 || !have("ip") || !have("python3") || !have("openssl")) {
        return "needs root (network namespaces, tap interfaces), ip, python3 and openssl";
    }
    return null;
}

const why = canRun();
if (why !== null) {
    process.stderr.write(`test/riot/riot-live: ${why}; skipping the examples on RIOT native64\n`);
}

function ip(...args: string[]): void {
    const r = spawnSync("ip", args, { encoding: "utf8" });
    if (r.status !== 0) {
        throw new Error(`ip ${args.join(" ")}: ${r.stderr}`);
    }
}

async function build(example: string, entry = `examples/${example}/main.ts`): Promise<string> {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "rs-live-"));
    const r = await cli(["build", entry, "--board", "native64", "--out", out], { ...process.env, RIOTBASE });
    expect(r.code).toBe(0);
    return path.join(out, "bin", "native64", `${example.replace(/-/g, "_")}.elf`);
}

/** Starts a RIOT ELF on the tap and finds its link-local address. */
async function startNode(elf: string): Promise<{ child: ChildProcess; addr: string; output: () => string }> {
    const sniff = spawn("ip", ["netns", "exec", NS, "python3", path.join(LIVE, "riot_addr.py"), TAP, "15"], { stdio: ["ignore", "pipe", "pipe"] });
    let found = "";
    sniff.stdout.on("data", (d: Buffer) => { found += d.toString(); });
    const sniffed = new Promise((r) => sniff.on("close", r));
    await new Promise((r) => setTimeout(r, 300));
    const child = spawn("ip", ["netns", "exec", NS, elf, TAP], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout?.on("data", (d: Buffer) => { out += d.toString(); });
    await sniffed;
    expect(found.trim()).toMatch(/^fe80:/);
    await new Promise((r) => setTimeout(r, 1500)); // the node finishes duplicate address detection
    return { child, addr: `${found.trim()}%${TAP}`, output: () => out };
}

async function stopNode(child: ChildProcess): Promise<void> {
    child.kill("SIGTERM");
    await new Promise((r) => child.on("close", r));
}

(why === null ? describe : describe.skip)("the examples on RIOT native64, on a tap in a network namespace", () => {
    beforeAll(() => {
        ip("netns", "add", NS);
        ip("-n", NS, "tuntap", "add", TAP, "mode", "tap");
        ip("-n", NS, "link", "set", "lo", "up");
        ip("-n", NS, "link", "set", TAP, "up");
    });

    afterAll(() => {
        spawnSync("ip", ["netns", "del", NS]);
    });

    test("tcp-echo (lwIP): clients that send at once, four at a time, and a fifth refused", async () => {
        const node = await startNode(await build("tcp-echo"));
        try {
            const r = spawnSync("ip", ["netns", "exec", NS, "python3", path.join(LIVE, "tcp_clients.py"), node.addr, "12346"],
                { encoding: "utf8", timeout: 60000 });
            expect(r.stderr).toBe("");
            expect(JSON.parse(r.stdout)).toEqual({ sequential: 5, concurrent: ["c0", "c1", "c2", "c3"], extra_closed: true });
        } finally {
            await stopNode(node.child);
        }
        expect(node.output()).toContain("queue full: connection refused");
    }, 180000);

    test("tcp-echo (lwIP): nc -N clients are closed on their CONN_FIN (their FIN is never read); resets do not hold slots", async () => {
        const node = await startNode(await build("tcp-echo"));
        try {
            const r = spawnSync("ip", ["netns", "exec", NS, "python3", path.join(LIVE, "tcp_hostile.py"), node.addr, "12346", "10"],
                { encoding: "utf8", timeout: 90000 });
            expect(r.stderr).toBe("");
            // measured at c8bd52ff13: the FIN of a client that half-closes as it sends is never read
            // (FACTS trap 10), but its CONN_FIN comes once the data is read, and the firmware closes
            // then, so the 4 leave no slot taken; resets did not hold a slot either
            expect(JSON.parse(r.stdout)).toEqual({ half_close_echoed: 4, served_after_half_closes: true, served_after_idle: true,
                served_after_resets_after_echo: true, served_after_resets: true, served_after_idle_again: true });
        } finally {
            await stopNode(node.child);
        }
        expect(node.output()).toContain("client gone");
    }, 180000);

    test("GNRC: a datagram sent to itself coalesces with its MSG_SENT (trap 11): the lines Node and the host print", async () => {
        const elf = await build("gnrc-coalesce", "test/testing/fixtures/gnrc-coalesce.ts");
        const child = spawn("ip", ["netns", "exec", NS, elf, TAP], { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        child.stdout?.on("data", (d: Buffer) => { out += d.toString(); });
        const deadline = Date.now() + 20000;
        while (!out.includes("done") && Date.now() < deadline) {
            await new Promise((r) => setTimeout(r, 100));
        }
        await stopNode(child);
        // test/testing/stacks.test.ts expects exactly these lines from Node and the host binary
        const lines = out.split("\n").map((l) => l.trim()).filter((l) => /^(flags|got|done)/.test(l));
        expect(lines).toEqual(GNRC_COALESCE);
    }, 180000);

    test("lwIP: a FIN reads as -ECONNRESET, one with the connection is never reported (traps 9, 10): the lines Node and the host print", async () => {
        const node = await startNode(await build("lwip-close", "test/testing/fixtures/lwip-close.ts"));
        try {
            const r = spawnSync("ip", ["netns", "exec", NS, "python3", path.join(LIVE, "tcp_close.py"), node.addr, "7200"],
                { encoding: "utf8", timeout: 30000 });
            expect(r.stderr).toBe("");
            expect(r.stdout.trim()).toBe("b still open");
        } finally {
            await stopNode(node.child);
        }
        const lines = node.output().split("\n").map((l) => l.trim()).filter((l) => /^(accepted|again|event|data|reset|eof|error)/.test(l));
        expect(lines).toEqual([...LWIP_CLOSE.later, ...LWIP_CLOSE.atOnce]);
    }, 180000);

    test("dtls-echo (tinydtls): openssl s_client gets its line back; a wrong key gets no session", async () => {
        const node = await startNode(await build("dtls-echo"));
        const sClient = (key: string, line: string): { out: string; code: number | null } => {
            const r = spawnSync("bash", ["-c", `(sleep 1; echo "${line}"; sleep 2) | ip netns exec ${NS} timeout 6 openssl s_client `
                + `-dtls1_2 -psk ${Buffer.from(key).toString("hex")} -psk_identity Client_identity `
                + `-cipher 'PSK-AES128-CCM8@SECLEVEL=0' -connect '[${node.addr}]:5684' -quiet`], { encoding: "utf8", timeout: 20000 });
            return { out: r.stdout, code: r.status };
        };
        try {
            expect(sClient("secretPSK", "hello riot").out.trim()).toBe("hello riot");
            const wrong = sClient("wrongPSK", "must not arrive");
            expect(wrong.out).not.toContain("must not arrive");
            expect(wrong.code).not.toBe(0);
        } finally {
            await stopNode(node.child);
        }
        expect(node.output()).toContain("new session");
        expect(node.output()).toContain("echoed 11 bytes");
    }, 180000);

    test("dtls-echo (tinydtls): two ClientHello-like datagrams, then killed s_clients, lock nobody out for longer than the idle reset", async () => {
        const node = await startNode(await build("dtls-echo"));
        try {
            const r = spawnSync("ip", ["netns", "exec", NS, "python3", path.join(LIVE, "dtls_hostile.py"), node.addr, "5684", "10"],
                { encoding: "utf8", timeout: 90000 });
            expect(r.stderr).toBe("");
            // tinydtls keeps no state before the cookie; the killed clients' peers fill both of its
            // slots until the firmware's idle reset (IDLE_MS, 10 s) ends them
            expect(JSON.parse(r.stdout)).toEqual({ served_after_two_hellos: true, served_right_after_kills: false, served_after_idle_reset: true });
        } finally {
            await stopNode(node.child);
        }
    }, 180000);
});

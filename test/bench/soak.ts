/**
 * npm run soak: the examples' host binaries under load and hostile peers, with their memory
 * and descriptors watched (a benchmark, not a timed test; the figures go in docs and notes).
 *
 * - udp-echo: SOAK_UDP (default 1,000,000) datagrams of random sizes 0..1500. Each one that
 *   fits the firmware's 128-byte buffer must come back byte for byte; an oversize one must
 *   not be answered (RIOT drops it with -ENOBUFS), which a marker datagram sent right after
 *   it proves: the marker's echo must be the next thing to arrive.
 * - tcp-echo: 200 simultaneous clients; 50 slowloris clients while a legitimate client asks
 *   for 20 echoes; a 10 MB stream; 100 clients that reset mid-send.
 * - dtls-echo: 10,000 garbage datagrams and a ClientHello flood from 500 ports, with
 *   `openssl s_client` served before, during and after.
 *
 * RSS and open descriptors of the firmware's process are read from /proc before and after
 * each scenario: they must stay flat. Exits 1, naming the scenario, if anything fails.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../../compiler/index";
import { hostBuild } from "../../targets/host/build";
import { acquireHostLock } from "../../runtime/testing/lock";
import { markdown } from "./measure";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const HOST = path.join(ROOT, "targets", "host");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "rs-soak-"));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rows: string[][] = [["scenario", "result", "RSS kB (before → after)", "fds (before → after)", "time"]];
const failures: string[] = [];

/** Builds examples/<name> for the host port, as `riotscript run` does. */
function build(name: string): string {
    const r = compile(`examples/${name}/main.ts`, { cwd: ROOT, runtimeDir: path.join(ROOT, "runtime", "api"),
        readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined) });
    if (!r.ok) {
        throw new Error(`examples/${name} does not compile`);
    }
    const dir = path.join(work, name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [f, text] of r.files) {
        fs.writeFileSync(path.join(dir, f), text);
    }
    const spec = hostBuild(r.features, false);
    const bin = path.join(dir, name);
    const cc = spawnSync("cc", [...spec.cflags, ...spec.defines.map((d) => `-D${d}`), `-I${path.join(HOST, "include")}`,
        ...[...r.files.keys()].map((f) => path.join(dir, f)), ...spec.sources.map((s) => path.join(HOST, "src", s)), "-o", bin,
        ...spec.libs], { encoding: "utf8" });
    if (cc.status !== 0) {
        throw new Error(`cc failed for ${name}:\n${cc.stderr}`);
    }
    return bin;
}

interface Node {
    readonly child: ChildProcess;
    output(): string;
}

async function start(bin: string, ready: string): Promise<Node> {
    const child = spawn(bin, [], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout?.on("data", (d: Buffer) => { out += d.toString(); if (out.length > 1 << 20) { out = out.slice(-(1 << 19)); } });
    child.stderr?.on("data", (d: Buffer) => { out += d.toString(); });
    const t0 = Date.now();
    while (!out.includes(ready)) {
        if (child.exitCode !== null || Date.now() - t0 > 10000) {
            throw new Error(`${path.basename(bin)} did not start: ${out}`);
        }
        await sleep(20);
    }
    return { child, output: () => out };
}

async function stop(n: Node): Promise<void> {
    n.child.kill("SIGTERM");
    await new Promise((r) => (n.child.exitCode !== null ? r(null) : n.child.on("close", r)));
}

function usage(n: Node): { rss: number; fds: number } {
    const status = fs.readFileSync(`/proc/${n.child.pid}/status`, "utf8");
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return { rss, fds: fs.readdirSync(`/proc/${n.child.pid}/fd`).length };
}

/** Runs a scenario against a running firmware and records its row; a throw is a failure. */
async function scenario(name: string, n: Node, f: () => Promise<string>): Promise<void> {
    const before = usage(n);
    const t0 = Date.now();
    let result: string;
    try {
        result = await f();
    } catch (e) {
        result = `FAILED: ${e instanceof Error ? e.message : e}`;
        failures.push(`${name}: ${result}`);
    }
    if (n.child.exitCode !== null || n.child.signalCode !== null) {
        failures.push(`${name}: the firmware died (${n.child.exitCode ?? n.child.signalCode})`);
        rows.push([name, `${result}; the firmware DIED`, "", "", ""]);
        return;
    }
    const after = usage(n);
    // a few pages of stdio buffering are not a leak; a descriptor is
    if (after.fds !== before.fds || after.rss > before.rss + 512) {
        failures.push(`${name}: resources grew: RSS ${before.rss} → ${after.rss} kB, fds ${before.fds} → ${after.fds}`);
    }
    rows.push([name, result, `${before.rss} → ${after.rss}`, `${before.fds} → ${after.fds}`, `${((Date.now() - t0) / 1000).toFixed(1)} s`]);
    process.stderr.write(`soak: ${name}: ${result}\n`);
}

/** A deterministic generator, so a failing run can be repeated. */
function rng(seed: number): () => number {
    let x = seed >>> 0 || 1;
    return () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return (x >>> 0) / 2 ** 32;
    };
}

// --- UDP ----------------------------------------------------------------------------------

async function udpSoak(count: number, n: Node): Promise<string> {
    let warm = 0;
    const s = dgram.createSocket({ type: "udp6", ipv6Only: true, recvBufferSize: 1 << 20 });
    await new Promise<void>((r) => s.bind(0, "::1", r));
    const queue: Buffer[] = [];
    let waiter: ((b: Buffer | null) => void) | undefined;
    s.on("message", (m) => {
        if (waiter) {
            const w = waiter;
            waiter = undefined;
            w(m);
        } else {
            queue.push(m);
        }
    });
    const next = (ms: number) => new Promise<Buffer | null>((resolve) => {
        const q = queue.shift();
        if (q) {
            resolve(q);
            return;
        }
        const t = setTimeout(() => { waiter = undefined; resolve(null); }, ms);
        waiter = (b) => { clearTimeout(t); resolve(b); };
    });
    const send = (b: Buffer) => new Promise<void>((r, j) => s.send(b, 12345, "::1", (e) => (e ? j(e) : r())));
    const random = rng(12345);
    let exact = 0;
    let oversize = 0;
    let lost = 0;
    let wrong = 0;
    const marker = Buffer.from("marker");
    try {
        for (let i = 0; i < count; i++) {
            if (i === Math.floor(count / 10)) {
                warm = usage(n).rss; // after the first tenth: what the rest must not grow
            }
            const size = Math.floor(random() * 1501);
            const data = Buffer.alloc(size);
            for (let k = 0; k < size; k++) {
                data[k] = (i + k * 31) & 0xff;
            }
            await send(data);
            if (size > 128) {
                // the firmware's buffer is 128 bytes: RIOT drops a longer datagram (-ENOBUFS)
                oversize++;
                await send(marker);
                const got = await next(1000);
                if (got === null) {
                    lost++;
                } else if (!got.equals(marker)) {
                    wrong++;
                }
            } else {
                const got = await next(1000);
                if (got === null) {
                    lost++;
                } else if (got.equals(data)) {
                    exact++;
                } else {
                    wrong++;
                }
            }
        }
    } finally {
        s.close();
    }
    if (lost > 0 || wrong > 0) {
        throw new Error(`${exact} exact, ${lost} lost, ${wrong} wrong or oversize answered, of ${count}`);
    }
    const end = usage(n).rss;
    if (end > warm + 64) {
        throw new Error(`RSS grew from ${warm} kB after the first tenth to ${end} kB`);
    }
    return `${count} datagrams: ${exact} echoed byte-exact, ${oversize} oversize unanswered, 0 lost; RSS ${warm} kB after `
        + `the first tenth, ${end} kB at the end`;
}

// --- TCP ----------------------------------------------------------------------------------

function connect(): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
        const c = net.connect({ host: "::1", port: 12346 }, () => resolve(c));
        c.once("error", reject);
    });
}

/** Sends `data` on a fresh connection and reads its echo; null if the server closed first. */
async function tcpEcho(data: Buffer, withinMs: number): Promise<Buffer | null> {
    let c: net.Socket;
    try {
        c = await connect();
    } catch {
        return null;
    }
    return new Promise((resolve) => {
        const parts: Buffer[] = [];
        let got = 0;
        const done = (v: Buffer | null) => { clearTimeout(t); c.destroy(); resolve(v); };
        const t = setTimeout(() => done(null), withinMs);
        c.on("data", (d: Buffer) => {
            parts.push(d);
            got += d.length;
            if (got >= data.length) {
                done(Buffer.concat(parts));
            }
        });
        c.on("close", () => done(got >= data.length ? Buffer.concat(parts) : null));
        c.on("error", () => undefined);
        c.write(data);
    });
}

async function tcpMany(n: number): Promise<string> {
    const clients = await Promise.all(Array.from({ length: n }, () => connect().catch(() => null)));
    const connected = clients.filter((c) => c !== null) as net.Socket[];
    // each sends and waits a moment: the firmware serves 4 (its queue) and closes the rest
    const answers = await Promise.all(connected.map((c, i) => new Promise<boolean>((resolve) => {
        const msg = Buffer.from(`client ${i}`);
        let got = Buffer.alloc(0);
        const t = setTimeout(() => resolve(false), 3000);
        c.on("data", (d: Buffer) => { got = Buffer.concat([got, d]); if (got.equals(msg)) { clearTimeout(t); resolve(true); } });
        c.on("close", () => { clearTimeout(t); resolve(got.equals(msg)); });
        c.on("error", () => undefined);
        c.write(msg);
    })));
    connected.forEach((c) => c.destroy());
    await sleep(500);
    const after = await tcpEcho(Buffer.from("after the crowd"), 5000);
    if (after?.toString() !== "after the crowd") {
        throw new Error("no echo after the crowd left");
    }
    return `${connected.length} of ${n} connected, ${answers.filter((a) => a).length} echoed (a queue of 4; the rest `
        + "refused), then a new client served";
}

async function slowloris(count: number, echoes: number, perEchoMs: number): Promise<string> {
    const slow: net.Socket[] = [];
    let stopping = false;
    // each slowloris client connects, then sends a byte every 4 s; when closed, it opens a new
    // connection a second later, as slowloris keeps its count of connections open
    const keep = async (): Promise<void> => {
        while (!stopping) {
            const c = await connect().catch(() => null);
            if (!c) {
                await sleep(1000);
                continue;
            }
            slow.push(c);
            c.on("error", () => undefined);
            c.on("data", () => undefined);
            await new Promise<void>((resolve) => {
                const tick = setInterval(() => (stopping ? (clearInterval(tick), c.destroy()) : c.write("x")), 4000);
                c.on("close", () => { clearInterval(tick); resolve(); });
            });
            await sleep(1000);
        }
    };
    const loops = Array.from({ length: count }, () => keep());
    await sleep(1000);
    let served = 0;
    const waits: number[] = [];
    const deadline = Date.now() + 150000;
    for (let i = 0; i < echoes && Date.now() < deadline; i++) {
        const t0 = Date.now();
        // a legitimate client retries while the queue is full, as a real one would
        while (Date.now() - t0 < perEchoMs) {
            const msg = Buffer.from(`legit ${i}`);
            const got = await tcpEcho(msg, 2000);
            if (got?.equals(msg)) {
                served++;
                waits.push(Date.now() - t0);
                break;
            }
            await sleep(200);
        }
    }
    stopping = true;
    slow.forEach((c) => c.destroy());
    await Promise.race([Promise.all(loops), sleep(6000)]);
    const sorted = [...waits].sort((a, b) => a - b);
    const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
    if (served < echoes) {
        throw new Error(`the legitimate client got ${served} of ${echoes} echoes`);
    }
    return `${count} slowloris clients: the legitimate client got ${served} of ${echoes} echoes (median wait `
        + `${(median / 1000).toFixed(1)} s, longest ${(Math.max(...waits) / 1000).toFixed(1)} s)`;
}

async function bigStream(bytes: number): Promise<string> {
    const data = Buffer.alloc(bytes);
    const random = rng(99);
    for (let i = 0; i < bytes; i++) {
        data[i] = Math.floor(random() * 256);
    }
    const t0 = Date.now();
    const got = await tcpEcho(data, 120000);
    if (!got || !got.subarray(0, bytes).equals(data)) {
        throw new Error(`the echo of ${bytes} bytes came back ${got ? `${got.length} bytes, different` : "incomplete"}`);
    }
    return `${(bytes / 1e6).toFixed(0)} MB echoed byte-exact at ${((bytes / 1e6) / ((Date.now() - t0) / 1000)).toFixed(1)} MB/s`;
}

async function resets(count: number): Promise<string> {
    for (let i = 0; i < count; i++) {
        const c = await connect().catch(() => null);
        if (!c) {
            await sleep(50);
            continue;
        }
        c.on("error", () => undefined);
        c.write(Buffer.alloc(64 * 1024, i & 0xff));
        await sleep(5);
        c.resetAndDestroy();
    }
    await sleep(500);
    const after = await tcpEcho(Buffer.from("after the resets"), 5000);
    if (after?.toString() !== "after the resets") {
        throw new Error("no echo after the resets");
    }
    return `${count} clients reset mid-send; then a new client served`;
}

// --- DTLS ---------------------------------------------------------------------------------

function clientHello(n: number): Buffer {
    const body = [0xfe, 0xfd, ...Array.from({ length: 32 }, (_, i) => (i * 7 + n) & 0xff), 0, 0, 0, 2, 0xc0, 0xa8, 1, 0];
    const hs = [1, 0, 0, body.length, 0, 0, 0, 0, 0, 0, 0, body.length, ...body];
    return Buffer.from([22, 0xfe, 0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, hs.length, ...hs]);
}

/** openssl s_client with the example's PSK: does `line` come back? */
function sClient(line: string): Promise<boolean> {
    return new Promise((resolve) => {
        const child = spawn("openssl", ["s_client", "-dtls1_2", "-psk", Buffer.from("secretPSK").toString("hex"),
            "-psk_identity", "Client_identity", "-cipher", "PSK-AES128-CCM8@SECLEVEL=0", "-connect", "[::1]:5684", "-quiet"],
        { stdio: ["pipe", "pipe", "pipe"] });
        let out = "";
        const kill = setTimeout(() => child.kill(), 8000);
        child.stdout.on("data", (d: Buffer) => {
            out += d.toString();
            if (out.includes(line)) {
                child.kill();
            }
        });
        child.stdin.write(`${line}\n`);
        child.on("close", () => { clearTimeout(kill); resolve(out.includes(line)); });
    });
}

async function dtlsFlood(garbage: number, ports: number, n: Node): Promise<string> {
    if (!(await sClient("before the flood"))) {
        throw new Error("openssl s_client was not served before the flood");
    }
    const warm = usage(n).rss;
    const random = rng(7);
    const g = dgram.createSocket({ type: "udp6", ipv6Only: true });
    await new Promise<void>((r) => g.bind(0, "::1", r));
    for (let i = 0; i < garbage; i++) {
        const b = Buffer.alloc(1 + Math.floor(random() * 200));
        for (let k = 0; k < b.length; k++) {
            b[k] = Math.floor(random() * 256);
        }
        if (i % 3 === 0) {
            b[0] = 22; // a handshake record's type, so the DTLS layer looks at it
        }
        await new Promise<void>((r) => g.send(b, 5684, "::1", () => r()));
        if (i % 200 === 0) {
            await sleep(1); // a flood, not a kernel buffer overrun on our own side
        }
    }
    g.close();
    const during = sClient("between the floods");
    const socks = await Promise.all(Array.from({ length: ports }, async () => {
        const s = dgram.createSocket({ type: "udp6", ipv6Only: true });
        await new Promise<void>((r) => s.bind(0, "::1", r));
        return s;
    }));
    for (let i = 0; i < socks.length; i++) {
        await new Promise<void>((r) => socks[i].send(clientHello(i), 5684, "::1", () => r()));
    }
    const servedDuring = await during;
    socks.forEach((s) => s.close());
    // s_client ends by being killed (it sends no close_notify at the end of its input), so the
    // two sessions above hold tinydtls's 2 peer slots until the firmware's 10 s idle reset
    const t0 = Date.now();
    let after = false;
    while (!after && Date.now() - t0 < 15000) {
        after = await sClient("after the flood");
    }
    const wait = (Date.now() - t0) / 1000;
    if (!servedDuring || !after) {
        throw new Error(`s_client served during the flood: ${servedDuring}; after it, within 15 s: ${after}`);
    }
    return `${garbage} garbage datagrams and ClientHellos from ${ports} ports: s_client served before and during; `
        + `after, in ${wait.toFixed(1)} s (the killed s_clients' 2 slots free at the 10 s idle reset); RSS ${warm} kB `
        + `after the first session, ${usage(n).rss} kB at the end`;
}

async function main(): Promise<void> {
    if (process.argv.includes("--help")) {
        console.log("Usage: npm run soak\n\nThe examples' host binaries under load and hostile peers (see test/bench/soak.ts).\n"
            + "SOAK_UDP sets the number of UDP datagrams (default 1000000).");
        return;
    }
    const release = await acquireHostLock();
    try {
        const udp = await start(build("udp-echo"), "");
        await sleep(300);
        await scenario("udp-echo: random sizes 0..1500", udp, () => udpSoak(Number(process.env.SOAK_UDP ?? 1000000), udp));
        await stop(udp);
        const tcp = await start(build("tcp-echo"), "listening on port 12346");
        await scenario("tcp-echo: 200 simultaneous clients", tcp, () => tcpMany(200));
        await scenario("tcp-echo: 50 slowloris clients and a legitimate one", tcp, () => slowloris(50, 20, 35000));
        await scenario("tcp-echo: a 10 MB stream", tcp, () => bigStream(10 * 1000 * 1000));
        await scenario("tcp-echo: 100 resets mid-send", tcp, () => resets(100));
        await stop(tcp);
        if (spawnSync("openssl", ["version"]).status === 0) {
            const dtls = await start(build("dtls-echo"), "DTLS echo on port 5684");
            await scenario("dtls-echo: garbage and a ClientHello flood", dtls, () => dtlsFlood(10000, 500, dtls));
            await stop(dtls);
        } else {
            failures.push("dtls-echo: openssl is not installed");
        }
    } finally {
        release();
        fs.rmSync(work, { recursive: true, force: true });
    }
    console.log(markdown(rows));
    if (failures.length > 0) {
        console.error(`\nsoak: ${failures.length} failure(s):\n${failures.map((f) => `  - ${f}`).join("\n")}`);
        process.exit(1);
    }
}

main().catch((e) => {
    console.error(`soak failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
});

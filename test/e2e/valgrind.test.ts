/**
 * The examples' compiled binaries under valgrind, driven with real traffic: no invalid
 * access, no use of uninitialised memory, nothing definitely lost. (The corpus covers the
 * language under ASan and UBSan; this covers the host port's socks, events and timers.)
 */
import { spawn, spawnSync } from "node:child_process";
import * as dgram from "node:dgram";
import * as net from "node:net";
import { buildHost } from "../../compiler/cli/main";
import { parseArgs, Parsed } from "../../compiler/cli/args";
import { DtlsEngine } from "../../runtime/api/dtlsproto";
import { rawIpAvailable } from "../../runtime/testing/index";
import { acquireHostLock } from "../../runtime/testing/lock";
import { have, ROOT } from "../helpers";

const enabled = have("valgrind");
if (!enabled) {
    process.stderr.write("test/e2e/valgrind: valgrind is not installed; skipping the memory checks\n");
}

async function binary(entry: string): Promise<string> {
    const b = await buildHost(entry, parseArgs(["run", entry]) as Parsed, {
        stdout: () => undefined, stderr: (t) => process.stderr.write(t), cwd: ROOT, env: process.env, color: false,
    });
    expect(typeof b).toBe("string");
    return b as string;
}

/** Runs the binary under valgrind while `traffic` talks to it; returns valgrind's report. */
async function underValgrind(bin: string, traffic: (s: dgram.Socket) => Promise<void>): Promise<string> {
    const child = spawn("valgrind", ["--error-exitcode=99", "--leak-check=full", "--errors-for-leak-kinds=definite", bin],
        { stdio: ["ignore", "pipe", "pipe"] });
    let report = "";
    child.stderr.on("data", (d: Buffer) => { report += d.toString(); });
    child.stdout.on("data", () => undefined);
    const socket = dgram.createSocket("udp6");
    await new Promise<void>((r) => socket.bind(0, "::1", r));
    try {
        await traffic(socket);
    } finally {
        socket.close();
        child.kill("SIGTERM");
        await new Promise((r) => child.on("close", r));
    }
    return report;
}

/** Sends until a reply comes (valgrind starts slowly). */
async function ask(s: dgram.Socket, data: string, port: number, withinMs = 20000): Promise<Buffer | null> {
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline) {
        const reply = await new Promise<Buffer | null>((resolve) => {
            const t = setTimeout(() => resolve(null), 500);
            s.once("message", (m) => { clearTimeout(t); resolve(m); });
            s.send(data, port, "::1");
        });
        if (reply) {
            return reply;
        }
    }
    return null;
}

/** Connects once the program listens (valgrind starts slowly); resolves with the socket. */
async function connect(port: number, withinMs = 20000): Promise<net.Socket> {
    const deadline = Date.now() + withinMs;
    for (;;) {
        try {
            return await new Promise<net.Socket>((resolve, reject) => {
                const c = net.connect({ host: "::1", port, allowHalfOpen: true });
                c.once("connect", () => resolve(c));
                c.once("error", reject);
            });
        } catch (e) {
            if (Date.now() > deadline) {
                throw e;
            }
            await new Promise((r) => setTimeout(r, 100));
        }
    }
}

/** Sends `data` and collects `n` bytes of reply (or what came before the end). */
function exchange(c: net.Socket, data: Buffer, n: number): Promise<Buffer> {
    return new Promise((resolve) => {
        let got = Buffer.alloc(0);
        const done = () => { clearTimeout(t); c.off("data", on); resolve(got); };
        const on = (b: Buffer) => {
            got = Buffer.concat([got, b]);
            if (got.length >= n) {
                done();
            }
        };
        c.on("data", on);
        c.once("end", done);
        const t = setTimeout(done, 5000);
        c.write(data);
    });
}

(enabled ? describe : describe.skip)("examples under valgrind", () => {
    let release: () => void;
    beforeAll(async () => { release = await acquireHostLock(); });
    afterAll(() => release());

    test("udp-echo: echoes, drops oversize datagrams, and stays clean", async () => {
        const bin = await binary("examples/udp-echo/main.ts");
        const report = await underValgrind(bin, async (s) => {
            expect((await ask(s, "hello", 12345))?.toString()).toBe("hello");
            for (let i = 0; i < 20; i++) {
                expect((await ask(s, `ping ${i}`, 12345, 2000))?.toString()).toBe(`ping ${i}`);
            }
            s.send(Buffer.alloc(1400), 12345, "::1");
            expect((await ask(s, "after", 12345, 2000))?.toString()).toBe("after");
        });
        expect(report).toMatch(/ERROR SUMMARY: 0 errors/);
        expect(report).not.toMatch(/definitely lost: [1-9]/);
    }, 120000);

    test("udp-telemetry: subscribes, sends and retries on its timers, and stays clean", async () => {
        const bin = await binary("examples/udp-telemetry/main.ts");
        const report = await underValgrind(bin, async (s) => {
            const first = await ask(s, "S", 5684, 20000);
            expect(first?.[0]).toBe(0x54);
            // a faster period, then a few readings and their retries
            s.send(Buffer.from([0x50, 0, 50]), 5684, "::1");
            await new Promise((r) => setTimeout(r, 1500));
        });
        expect(report).toMatch(/ERROR SUMMARY: 0 errors/);
        expect(report).not.toMatch(/definitely lost: [1-9]/);
    }, 120000);

    test("tcp-echo: a full queue, a half-close and a reset, and stays clean", async () => {
        const bin = await binary("examples/tcp-echo/main.ts");
        const report = await underValgrind(bin, async () => {
            const first = await connect(12346);
            expect((await exchange(first, Buffer.from("hello"), 5)).toString()).toBe("hello");
            const more = await Promise.all([1, 2, 3].map(() => connect(12346, 2000)));
            const extra = await connect(12346, 2000); // the fifth: closed by the firmware
            await new Promise((r) => extra.once("end", r));
            const big = Buffer.alloc(5000, 7);
            expect((await exchange(more[0], big, big.length)).equals(big)).toBe(true);
            more[1].resetAndDestroy();
            first.end(); // half-close: the echo is done, the firmware closes
            await new Promise((r) => first.once("end", r));
            await new Promise((r) => setTimeout(r, 500));
            for (const c of [first, ...more, extra]) {
                c.destroy();
            }
        });
        expect(report).toMatch(/ERROR SUMMARY: 0 errors/);
        expect(report).not.toMatch(/definitely lost: [1-9]/);
    }, 120000);

    test("dtls-echo: sessions, a wrong key and garbage, and stays clean", async () => {
        const bin = await binary("examples/dtls-echo/main.ts");
        const report = await underValgrind(bin, async (s) => {
            // riotscript's DTLS client over a plain UDP socket
            const session = async (key: string, text: string): Promise<string | null> => {
                const c = dgram.createSocket({ type: "udp6", ipv6Only: true });
                await new Promise<void>((r) => c.bind(0, "::1", r));
                let got: string | null = null;
                const engine = new DtlsEngine("client", {
                    send: (d) => c.send(d, 5684, "::1"),
                    psk: { identity: Buffer.from("Client_identity"), key: Buffer.from(key) },
                });
                await new Promise<void>((resolve) => {
                    const t = setTimeout(resolve, 8000);
                    c.on("message", (m) => {
                        for (const ev of engine.input(new Uint8Array(m))) {
                            if (ev.k === "connected") {
                                engine.write(Buffer.from(text));
                            } else if (ev.k === "data") {
                                got = Buffer.from(ev.data).toString();
                                engine.close();
                                clearTimeout(t);
                                setTimeout(resolve, 200);
                            } else if (ev.k === "failed") {
                                clearTimeout(t);
                                resolve();
                            }
                        }
                    });
                    engine.start();
                });
                c.close();
                return got;
            };
            let first: string | null = null;
            for (let i = 0; i < 10 && first === null; i++) {
                first = await session("secretPSK", "hello"); // valgrind starts slowly
            }
            expect(first).toBe("hello");
            expect(await session("wrongPSK", "nope")).toBeNull();
            s.send("garbage", 5684, "::1");
            expect(await session("secretPSK", "again")).toBe("again");
        });
        expect(report).toMatch(/ERROR SUMMARY: 0 errors/);
        expect(report).not.toMatch(/definitely lost: [1-9]/);
    }, 120000);

    test("tcp-client: refused, connected, closed and reset by the collector, and stays clean", async () => {
        const bin = await binary("examples/tcp-client/main.ts");
        const report = await underValgrind(bin, async () => {
            await new Promise((r) => setTimeout(r, 1500)); // a few refused connects first
            const waiting: net.Socket[] = [];
            const server = net.createServer({ allowHalfOpen: true }, (c) => waiting.push(c));
            await new Promise<void>((r) => server.listen(5685, "::1", r));
            const next = async (): Promise<net.Socket> => {
                const deadline = Date.now() + 20000;
                while (waiting.length === 0 && Date.now() < deadline) {
                    await new Promise((r) => setTimeout(r, 50));
                }
                return waiting.shift() as net.Socket;
            };
            const first = await next();
            expect(first).toBeDefined();
            const reading = await new Promise<Buffer>((r) => first.once("data", r));
            expect(reading[0]).toBe(0x54);
            first.write(Buffer.from([0x50, 0x00, 0x64]));
            await new Promise((r) => setTimeout(r, 300));
            first.destroy();
            const second = await next();
            expect(second).toBeDefined();
            second.resetAndDestroy();
            const third = await next();
            expect(third).toBeDefined();
            third.destroy();
            await new Promise<void>((r) => server.close(() => r()));
        });
        expect(report).toMatch(/ERROR SUMMARY: 0 errors/);
        expect(report).not.toMatch(/definitely lost: [1-9]/);
    }, 120000);

    (rawIpAvailable("host") ? test : test.skip)("ip-raw: requests, ignored replies and an oversize datagram, and stays clean", async () => {
        const bin = await binary("examples/ip-raw/main.ts");
        const report = await underValgrind(bin, async () => {
            const r = spawnSync("python3", ["-c", `
import socket, time
s = socket.socket(socket.AF_INET6, socket.SOCK_RAW, 253)
s.settimeout(0.5)
got = 0
for i in range(40):
    s.sendto(b"Q%d" % i, ("::1", 0))
    try:
        while True:
            d, a = s.recvfrom(2048)
            if d[:1] == b"R":
                got += 1
                break
    except socket.timeout:
        pass
    if got >= 5:
        break
s.sendto(b"Q" + b"x" * 300, ("::1", 0))
s.sendto(b"Rignored", ("::1", 0))
time.sleep(0.3)
print(got)
`], { encoding: "utf8" });
            expect(Number(r.stdout.trim())).toBeGreaterThanOrEqual(5);
        });
        expect(report).toMatch(/ERROR SUMMARY: 0 errors/);
        expect(report).not.toMatch(/definitely lost: [1-9]/);
    }, 120000);
});

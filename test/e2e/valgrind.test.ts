/**
 * The examples' compiled binaries under valgrind, driven with real traffic: no invalid
 * access, no use of uninitialised memory, nothing definitely lost. (The corpus covers the
 * language under ASan and UBSan; this covers the host port's socks, events and timers.)
 */
import { spawn } from "node:child_process";
import * as dgram from "node:dgram";
import { buildHost } from "../../compiler/cli/main";
import { parseArgs, Parsed } from "../../compiler/cli/args";
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
});

/**
 * End to end: examples/udp-echo compiled to C, built against the host port with the real
 * C compiler, run, and talked to by a real node:dgram client on [::1]:12345. The same
 * exchange then runs against the TypeScript in Node, and both transcripts must match.
 */
import * as path from "node:path";
import { buildHost } from "../../compiler/cli/main";
import { parseArgs, Parsed } from "../../compiler/cli/args";
import { closeAllSockets } from "../../runtime/node/backend";
import { Child, ROOT, sleep } from "../helpers";
import { acquireHostLock } from "../../runtime/testing/lock";
import { payload, UdpClient, waitForServer } from "../udp-client";

const ENTRY = "examples/udp-echo/main.ts";
const PORT = 12345;

interface Transcript {
    echoes: number;
    mismatches: number;
    oversizeReplies: number;
    afterOversize: boolean;
}

/** The exchange both targets go through; returns what the client observed. */
async function exchange(): Promise<Transcript> {
    const client = new UdpClient("udp6", "::1", PORT);
    try {
        await waitForServer(client, 10000);
        let echoes = 0;
        let mismatches = 0;
        for (let i = 0; i < 200; i++) {
            const data = payload((i % 128) + 1, i);
            const reply = await client.roundTrip(data);
            if (reply) {
                echoes++;
                if (!reply.equals(data)) {
                    mismatches++;
                }
            }
        }
        let oversizeReplies = 0;
        for (const size of [129, 1400]) {
            if (await client.roundTrip(payload(size, size), 300)) {
                oversizeReplies++;
            }
        }
        const probe = payload(128, 999);
        const after = await client.roundTrip(probe);
        return { echoes, mismatches, oversizeReplies, afterOversize: after !== null && after.equals(probe) };
    } finally {
        client.close();
    }
}

describe("udp-echo end to end", () => {
    // port 12345 is the example's: one host-side program at a time on this machine
    let release: () => void;
    beforeAll(async () => { release = await acquireHostLock(); });
    afterAll(() => release());

    let nativeLines: string[] = [];
    let nativeResult: Transcript;

    test("the compiled C echoes every datagram byte-exact and drops oversize ones", async () => {
        const parsed = parseArgs(["run", ENTRY]) as Parsed;
        const binary = await buildHost(ENTRY, parsed, {
            stdout: () => undefined, stderr: (t) => process.stderr.write(t), cwd: ROOT,
            env: process.env, color: false,
        });
        expect(typeof binary).toBe("string");
        const child = Child.start(binary as string);
        try {
            nativeResult = await exchange();
        } finally {
            await child.stop();
        }
        expect(nativeResult).toEqual({ echoes: 200, mismatches: 0, oversizeReplies: 0, afterOversize: true });
        await sleep(50);
        nativeLines = child.lines;
        // one line per datagram that fitted: the answered ping, 200 echoes and the probe
        expect(nativeLines).toEqual(Array(202).fill("Received a message"));
    });

    test("the same TypeScript in Node behaves the same", async () => {
        const lines: string[] = [];
        const log = jest.spyOn(console, "log").mockImplementation((m: unknown) => { lines.push(String(m)); });
        const fw = await import(path.join(ROOT, ENTRY));
        try {
            expect(fw.main()).toBe(0);
            const nodeResult = await exchange();
            expect(nodeResult).toEqual(nativeResult);
        } finally {
            closeAllSockets();
            log.mockRestore();
        }
        // stdout byte for byte the same as the compiled program's
        expect(lines.join("\n")).toBe(nativeLines.join("\n"));
    });
});

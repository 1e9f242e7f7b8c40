/**
 * Tests of the TCP telemetry client, on both targets: the test is the collector, a TCP
 * server (simulated in Node, a real `net` server against the host binary).
 */
import { boot, Firmware, TcpPeer, TcpServer } from "riotscript/testing";

const PORT = 5685;

let fw: Firmware;
let server: TcpServer;
let peer: TcpPeer;

/** The next reading: [seq, value], or null if none came in time. */
async function reading(from: TcpPeer, timeoutMs = 3000): Promise<[number, number] | null> {
    const b = await from.recv(7, timeoutMs);
    if (b.length < 7) {
        return null;
    }
    expect(b[0]).toBe(0x54);
    const v = new DataView(b.buffer, b.byteOffset, 7);
    return [v.getUint32(1), v.getUint16(5)];
}

beforeAll(async () => {
    fw = await boot("examples/tcp-client/main.ts");
});

afterAll(async () => {
    await server?.close();
    await fw.stop();
});

afterEach(() => {
    fw.expectNoFault();
});

const target = process.env.RIOTSCRIPT_TARGET ?? (globalThis as { RIOTSCRIPT_TARGET?: string }).RIOTSCRIPT_TARGET ?? "node";

describe(`tcp-client (${target})`, () => {
    test("retries while the collector is not there, then connects", async () => {
        expect(await fw.waitForLine("connect failed", 2000)).toBe("connect failed (-111)");
        server = await fw.tcpServer({ port: PORT });
        peer = (await server.accept(3000)) as TcpPeer;
        expect(peer).not.toBeNull();
        await fw.waitForLine("connected", 2000);
    });

    test("sends a reading every second, in sequence", async () => {
        const first = await reading(peer);
        expect(first).not.toBeNull();
        const [seq, value] = first as [number, number];
        for (let i = 1; i <= 2; i++) {
            expect(await reading(peer)).toEqual([seq + i, value + 3 * i]);
        }
    });

    test("a period command, split across two segments, speeds it up", async () => {
        await peer.send(Uint8Array.of(0x50, 0x00));
        await fw.advance(20);
        await peer.send(Uint8Array.of(0x64)); // P, 100 ms
        await fw.waitForLine("period 100", 2000);
        const before = (await reading(peer, 500)) as [number, number];
        for (let i = 1; i <= 4; i++) {
            expect((await reading(peer, 500))?.[0]).toBe(before[0] + i);
        }
    });

    test("reconnects when the collector closes the connection", async () => {
        await peer.close();
        await fw.waitForLine("connection lost", 2000);
        peer = (await server.accept(3000)) as TcpPeer;
        expect(peer).not.toBeNull();
        expect(await reading(peer, 1000)).not.toBeNull();
    });

    test("reconnects when the collector resets the connection", async () => {
        await peer.reset();
        await fw.waitForLine("connection lost", 2000);
        peer = (await server.accept(3000)) as TcpPeer;
        expect(peer).not.toBeNull();
        expect(await reading(peer, 1000)).not.toBeNull();
        await peer.close();
    });
});

/**
 * Tests of the TCP echo firmware, written once and run against both targets: in Node on
 * the simulated network (`npm test`), and against the compiled host binary on real
 * loopback sockets with Node's `net` as the client (RIOTSCRIPT_TARGET=host).
 */
import { boot, Firmware, TcpPeer } from "riotscript/testing";

const PORT = 12346;
const QUEUE_LEN = 4;
/** The firmware's limits: a connection silent for IDLE_MS, or older than LIFETIME_MS, is closed. */
const IDLE_MS = 10000;
const LIFETIME_MS = 30000;
/** With the queue full, the oldest connection makes room once it is this old. */
const EVICT_AGE_MS = 2000;

function bytes(n: number, seed = 0): Uint8Array {
    return Uint8Array.from({ length: n }, (_, i) => (i * 13 + seed) & 0xff);
}

let fw: Firmware;

beforeAll(async () => {
    fw = await boot("examples/tcp-echo/main.ts");
    await fw.waitForLine(`listening on port ${PORT}`);
});

afterAll(async () => {
    await fw.stop();
});

afterEach(() => {
    fw.expectNoFault();
});

async function echo(peer: TcpPeer, data: Uint8Array | string): Promise<Uint8Array> {
    const want = typeof data === "string" ? Buffer.byteLength(data) : data.length;
    await peer.send(data);
    return peer.recv(want, 2000);
}

const target = process.env.RIOTSCRIPT_TARGET ?? (globalThis as { RIOTSCRIPT_TARGET?: string }).RIOTSCRIPT_TARGET ?? "node";

describe(`tcp-echo (${target})`, () => {
    test("echoes what a client sends, and closes when the client is done", async () => {
        const c = await fw.tcp(PORT);
        expect(Buffer.from(await echo(c, "hello"))).toEqual(Buffer.from("hello"));
        await c.end();
        expect(await c.closed(2000)).toBe("fin");
        await fw.waitForLine("client gone"); // lwIP: the close reads as -ECONNRESET (FACTS trap 9)
    });

    test.each([1, 255, 256, 257, 1000, 20000])("echoes %i bytes exactly (a byte stream: larger than the buffer too)", async (n) => {
        const c = await fw.tcp(PORT);
        expect(await echo(c, bytes(n, n))).toEqual(bytes(n, n));
        await c.close();
    });

    test("serves data that came with the connection (read after eventInit, FACTS §12.8)", async () => {
        const c = await fw.tcp(PORT);
        await c.send("first");
        expect(Buffer.from(await c.recv(5, 2000))).toEqual(Buffer.from("first"));
        await c.close();
    });

    test("serves 20 clients one after another", async () => {
        for (let i = 0; i < 20; i++) {
            const c = await fw.tcp(PORT);
            expect(await echo(c, bytes(32, i))).toEqual(bytes(32, i));
            await c.end();
            expect(await c.closed(2000)).toBe("fin");
        }
    });

    test(`serves ${QUEUE_LEN} clients at once, interleaved`, async () => {
        const clients = await Promise.all(Array.from({ length: QUEUE_LEN }, () => fw.tcp(PORT)));
        for (let round = 0; round < 3; round++) {
            await Promise.all(clients.map(async (c, i) => {
                expect(await echo(c, bytes(40, i * 10 + round))).toEqual(bytes(40, i * 10 + round));
            }));
        }
        for (const c of clients) {
            await c.end();
            expect(await c.closed(2000)).toBe("fin");
        }
    });

    test("more clients than the queue: the extra one is closed, the others keep being served", async () => {
        const held = await Promise.all(Array.from({ length: QUEUE_LEN }, () => fw.tcp(PORT)));
        for (const c of held) {
            expect(await echo(c, "x")).toEqual(Buffer.from("x"));
        }
        const extra = await fw.tcp(PORT);
        await fw.waitForLine("queue full: connection refused", 2000);
        expect(await extra.closed(2000)).not.toBeNull();
        for (const c of held) {
            expect(Buffer.from(await echo(c, "still here"))).toEqual(Buffer.from("still here"));
        }
        // a sock freed by a leaving client serves the next one
        await held[0].end();
        expect(await held[0].closed(2000)).toBe("fin");
        const next = await fw.tcp(PORT);
        expect(Buffer.from(await echo(next, "next"))).toEqual(Buffer.from("next"));
        for (const c of [...held.slice(1), next]) {
            await c.end();
            expect(await c.closed(2000)).toBe("fin");
        }
    });

    test("a half-closed connection still gets its whole echo, then the server closes", async () => {
        const c = await fw.tcp(PORT);
        const data = bytes(3000, 7);
        await c.send(data);
        await fw.advance(10); // the server has the connection and its events
        await c.end();
        expect(await c.recv(data.length, 2000)).toEqual(data);
        expect(await c.closed(2000)).toBe("fin");
        await fw.waitForLine("client gone");
    });

    test("a client that sends and closes at once (nc -N) gets its echo, and the server closes on its CONN_FIN", async () => {
        // the data and the FIN arrive before the server has the connection: lwIP never reads
        // that FIN as the end, but raises CONN_FIN once the data is read (FACTS trap 10)
        const c = await fw.tcp(PORT, { sendAndClose: "at once" });
        expect(Buffer.from(await c.recv(7, 2000))).toEqual(Buffer.from("at once"));
        expect(await c.closed(2000)).toBe("fin");
        await fw.waitForLine("client gone");
    });

    test(`${QUEUE_LEN + 2} nc -N clients in a row are all served: none holds a slot`, async () => {
        for (let i = 0; i < QUEUE_LEN + 2; i++) {
            const c = await fw.tcp(PORT, { sendAndClose: `n${i}` });
            expect(Buffer.from(await c.recv(2, 2000))).toEqual(Buffer.from(`n${i}`));
            expect(await c.closed(2000)).toBe("fin");
        }
    });

    test("a client that resets mid-stream is dropped; the others are unaffected", async () => {
        const other = await fw.tcp(PORT);
        const c = await fw.tcp(PORT);
        expect(await echo(c, "abc")).toEqual(Buffer.from("abc"));
        await c.reset();
        await fw.waitForLine("client gone", 2000);
        expect(Buffer.from(await echo(other, "unaffected"))).toEqual(Buffer.from("unaffected"));
        await other.close();
    });

    test("clients that connect and go silent hold the slots only until IDLE_MS; then everyone is served again", async () => {
        const silent = await Promise.all(Array.from({ length: QUEUE_LEN }, () => fw.tcp(PORT)));
        const refused = await fw.tcp(PORT);
        await fw.waitForLine("queue full: connection refused", 2000);
        expect(await refused.closed(2000)).not.toBeNull();
        await fw.advance(IDLE_MS + 1500);
        for (const c of silent) {
            expect(await c.closed(2000)).not.toBeNull();
        }
        await fw.waitForLine("idle: closing", 2000);
        const next = await fw.tcp(PORT);
        expect(Buffer.from(await echo(next, "after the idle ones"))).toEqual(Buffer.from("after the idle ones"));
        await next.end();
        expect(await next.closed(2000)).toBe("fin");
    }, 60000);

    test("a slowloris client (a byte every 4 s, so never idle) is closed at LIFETIME_MS", async () => {
        const slow = await fw.tcp(PORT);
        let closedAfter = -1;
        for (let t = 0; t <= LIFETIME_MS + 5000; t += 4000) {
            if (await slow.closed(0) !== null) {
                closedAfter = t;
                break;
            }
            await slow.send("x").catch(() => undefined);
            await fw.advance(4000);
        }
        expect(closedAfter).toBeGreaterThanOrEqual(LIFETIME_MS);
        expect(closedAfter).toBeLessThanOrEqual(LIFETIME_MS + 5000);
        await fw.waitForLine("lifetime over: closing", 2000);
        const fresh = await fw.tcp(PORT);
        expect(Buffer.from(await echo(fresh, "fresh"))).toEqual(Buffer.from("fresh"));
        await fresh.close();
    }, 90000);

    test("with the queue full, the oldest connection (older than EVICT_AGE_MS) makes room for the next client", async () => {
        const held = [];
        for (let i = 0; i < QUEUE_LEN; i++) {
            const c = await fw.tcp(PORT);
            expect(Buffer.from(await echo(c, `held ${i}`))).toEqual(Buffer.from(`held ${i}`));
            held.push(c);
            await fw.advance(100);
        }
        await fw.advance(EVICT_AGE_MS);
        const refused = await fw.tcp(PORT);
        await fw.waitForLine("queue full: closing the oldest connection", 2000);
        expect(await refused.closed(2000)).not.toBeNull();
        // the first one held is gone; the others are still served
        expect(await held[0].closed(2000)).not.toBeNull();
        for (const c of held.slice(1)) {
            expect(Buffer.from(await echo(c, "still"))).toEqual(Buffer.from("still"));
        }
        const next = await fw.tcp(PORT);
        expect(Buffer.from(await echo(next, "made room"))).toEqual(Buffer.from("made room"));
        for (const c of [...held.slice(1), next]) {
            await c.end();
            expect(await c.closed(2000)).toBe("fin");
        }
    });

    test("nothing faulted", () => {
        expect(fw.faults).toEqual([]);
    });
});

/**
 * Unit tests of the UDP echo firmware, written once and run against both targets:
 * `npm test` runs them in Node on the simulated network, and again against the compiled
 * host binary on real loopback sockets (RIOTSCRIPT_TARGET=host).
 */
import { boot, Firmware, UdpPeer } from "riotscript/testing";

const PORT = 12345;

function bytes(n: number, seed = 0): Uint8Array {
    return Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) & 0xff);
}

let fw: Firmware;
let peer: UdpPeer;

beforeAll(async () => {
    fw = await boot("examples/udp-echo/main.ts");
    peer = await fw.udp();
});

afterAll(async () => {
    await peer.close();
    await fw.stop();
});

afterEach(() => {
    fw.expectNoFault();
});

async function roundTrip(data: Uint8Array | string, from: UdpPeer = peer): Promise<Uint8Array | null> {
    await from.send(data, PORT);
    const r = await from.recv(500);
    return r ? r.data : null;
}

describe(`udp-echo (${process.env.RIOTSCRIPT_TARGET ?? (globalThis as { RIOTSCRIPT_TARGET?: string }).RIOTSCRIPT_TARGET ?? "node"})`, () => {
    test("echoes a datagram byte for byte", async () => {
        expect(Buffer.from((await roundTrip("hello")) ?? [])).toEqual(Buffer.from("hello"));
    });

    test("prints one line per datagram it echoes", async () => {
        await roundTrip("x");
        expect(await fw.waitForLine("Received a message")).toBe("Received a message");
    });

    test.each([1, 2, 63, 64, 127, 128])("echoes %i bytes exactly", async (n) => {
        expect(await roundTrip(bytes(n, n))).toEqual(bytes(n, n));
    });

    test("echoes every byte value", async () => {
        const all = Uint8Array.from({ length: 128 }, (_, i) => 255 - i);
        expect(await roundTrip(all)).toEqual(all);
    });

    test("echoes an empty datagram", async () => {
        const r = await roundTrip(new Uint8Array(0));
        expect(r).not.toBeNull();
        expect(r?.length).toBe(0);
    });

    test("drops a datagram one byte larger than its buffer (-ENOBUFS)", async () => {
        expect(await roundTrip(bytes(129))).toBeNull();
    });

    test("drops a 1400-byte datagram", async () => {
        expect(await roundTrip(bytes(1400))).toBeNull();
    });

    test("keeps serving after an oversize datagram", async () => {
        await roundTrip(bytes(500));
        expect(await roundTrip("still here")).toEqual(new TextEncoder().encode("still here"));
    });

    test("replies from port 12345 of its own address", async () => {
        await peer.send("who", PORT);
        const r = await peer.recv(500);
        expect(r?.port).toBe(PORT);
        expect(r?.address).toBe(fw.address());
    });

    test("answers each sender on its own port", async () => {
        const a = await fw.udp();
        const b = await fw.udp();
        await a.send("from a", PORT);
        await b.send("from b", PORT);
        expect(new TextDecoder().decode((await b.recv(500))?.data)).toBe("from b");
        expect(new TextDecoder().decode((await a.recv(500))?.data)).toBe("from a");
        await a.close();
        await b.close();
    });

    test("a peer on a fixed port gets the reply there", async () => {
        const fixed = await fw.udp({ port: 40001 });
        expect(fixed.port).toBe(40001);
        expect(await roundTrip("fixed", fixed)).toEqual(new TextEncoder().encode("fixed"));
        await fixed.close();
    });

    test("answers a burst of 8 datagrams (one sock mailbox) in order", async () => {
        for (let i = 0; i < 8; i++) {
            await peer.send(bytes(10, i), PORT);
        }
        for (let i = 0; i < 8; i++) {
            expect((await peer.recv(500))?.data).toEqual(bytes(10, i));
        }
    });

    test("answers 50 round trips in a row", async () => {
        let ok = 0;
        for (let i = 0; i < 50; i++) {
            const data = bytes(1 + (i % 128), i);
            const r = await roundTrip(data);
            if (r && Buffer.from(r).equals(Buffer.from(data))) {
                ok++;
            }
        }
        expect(ok).toBe(50);
    });

    test("still answers after a quiet second", async () => {
        await fw.advance(1000);
        expect(await roundTrip("awake")).toEqual(new TextEncoder().encode("awake"));
    });

    test("does not answer IPv4: it is bound to IPv6 only", async () => {
        const v4 = await fw.udp({ family: "ipv4" });
        await v4.send("v4", PORT);
        expect(await v4.recv(300)).toBeNull();
        await v4.close();
    });

    test("sends nothing unasked", async () => {
        await fw.advance(200);
        expect(await peer.recv(100)).toBeNull();
    });

    test("the line count matches the datagrams that fitted", async () => {
        const before = fw.output.length;
        await roundTrip("a");
        await roundTrip(bytes(200)); // dropped: no line
        await roundTrip("b");
        await fw.waitForLine("Received a message");
        expect(fw.output.length - before).toBe(2);
    });

    test("has not faulted", () => {
        expect(fw.faults).toEqual([]);
    });
});

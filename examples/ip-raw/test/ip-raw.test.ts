/**
 * Tests of the raw IP echo, on both targets. On the host target the test's raw socket
 * needs root or CAP_NET_RAW: without, the suite is skipped and says so.
 */
import { boot, currentTarget, Firmware, IpPeer, rawIpAvailable } from "riotscript/testing";

const PROTO = 253;
const target = currentTarget();
const available = rawIpAvailable(target);
if (!available) {
    process.stderr.write("examples/ip-raw: raw sockets need root or CAP_NET_RAW (and python3) on the host target; skipping\n");
}

let fw: Firmware;
let peer: IpPeer;

(available ? describe : describe.skip)(`ip-raw (${target})`, () => {
    beforeAll(async () => {
        fw = await boot("examples/ip-raw/main.ts");
        await fw.waitForLine(`raw IP echo on protocol ${PROTO}`);
        peer = await fw.ip(PROTO);
    });

    afterAll(async () => {
        await peer?.close();
        await fw?.stop();
    });

    afterEach(() => {
        fw.expectNoFault();
    });

    test("answers a request with a reply carrying the same bytes", async () => {
        await peer.send("Qhello");
        const r = await peer.recv(2000);
        expect(Buffer.from(r?.data ?? [])).toEqual(Buffer.from("Rhello"));
        await fw.waitForLine("echoed 6 bytes");
    });

    test.each([1, 64, 128])("echoes %i bytes", async (n) => {
        const data = Uint8Array.from({ length: n }, (_, i) => (i === 0 ? 0x51 : i & 0xff));
        await peer.send(data);
        const r = await peer.recv(2000);
        expect(r?.data).toEqual(Uint8Array.from(data, (b, i) => (i === 0 ? 0x52 : b)));
    });

    test("ignores datagrams that are not requests", async () => {
        await peer.send("Rnot a request");
        await peer.send("xyz");
        expect(await peer.recv(300)).toBeNull();
    });

    test("drops an oversize datagram (-ENOBUFS) and keeps serving", async () => {
        await peer.send(new Uint8Array(200).fill(0x51));
        await fw.waitForLine("dropped an oversize datagram", 2000);
        expect(await peer.recv(300)).toBeNull();
        await peer.send("Qafter");
        expect(Buffer.from((await peer.recv(2000))?.data ?? [])).toEqual(Buffer.from("Rafter"));
    });

    test("a burst of 8 requests gets 8 replies (MSG_RECV re-raised while datagrams wait)", async () => {
        for (let i = 0; i < 8; i++) {
            await peer.send(Uint8Array.of(0x51, i));
        }
        const got: number[] = [];
        for (let i = 0; i < 8; i++) {
            const r = await peer.recv(2000);
            expect(r?.data[0]).toBe(0x52);
            got.push(r?.data[1] ?? -1);
        }
        expect(got.sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });
});

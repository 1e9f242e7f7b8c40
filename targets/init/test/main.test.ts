/*
 * Unit tests of the firmware. `npm test` runs them in Node on a simulated network (fast,
 * virtual time); `npm run test:host` runs the same file against the compiled C on real
 * loopback sockets.
 */
import { boot, Firmware, UdpPeer } from "riotscript/testing";

let fw: Firmware;
let peer: UdpPeer;

beforeAll(async () => {
    fw = await boot("src/main.ts");
    peer = await fw.udp();
});

afterAll(async () => {
    await peer.close();
    await fw.stop();
});

afterEach(() => fw.expectNoFault());

test("echoes a datagram", async () => {
    await peer.send("hello", 12345);
    const reply = await peer.recv(500);
    expect(new TextDecoder().decode(reply?.data)).toBe("hello");
});

test("says so on its console", async () => {
    await peer.send("ping", 12345);
    await peer.recv(500);
    expect(await fw.waitForLine("Received a message")).toBe("Received a message");
});

test("drops a datagram larger than its 128-byte buffer", async () => {
    await peer.send(new Uint8Array(200), 12345);
    expect(await peer.recv(300)).toBeNull();
});

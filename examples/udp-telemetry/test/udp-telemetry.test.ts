/**
 * The telemetry example's behaviour over time: subscription, periodic readings,
 * acknowledgements, retries with a timeout, and a period changed by command. The same
 * file runs on the simulated network (virtual time: instant) and against the binary.
 */
import { boot, Firmware, Received, UdpPeer } from "riotscript/testing";

const PORT = 5684;
let fw: Firmware;
let collector: UdpPeer;

function reading(r: Received | null): { seq: number; value: number } {
    expect(r).not.toBeNull();
    const d = Buffer.from((r as Received).data);
    expect(d.length).toBe(7);
    expect(d[0]).toBe(0x54);
    return { seq: d.readUInt32BE(1), value: d.readUInt16BE(5) };
}

function ack(seq: number): Uint8Array {
    const b = Buffer.alloc(5);
    b[0] = 0x41;
    b.writeUInt32BE(seq, 1);
    return b;
}

beforeAll(async () => {
    fw = await boot("examples/udp-telemetry/main.ts");
    collector = await fw.udp();
});

afterAll(async () => {
    await collector.close();
    await fw.stop();
});

afterEach(() => fw.expectNoFault());

test("sends nothing before a collector subscribes", async () => {
    expect(await collector.recv(1500)).toBeNull();
});

test("a subscription is confirmed on the console", async () => {
    await collector.send("S", PORT);
    expect(await fw.waitForLine("subscribed")).toBe("subscribed");
});

test("the first reading arrives within a period, numbered 1", async () => {
    const r = reading(await collector.recv(1500));
    expect(r).toEqual({ seq: 1, value: 1007 });
});

test("an acknowledged reading is not sent again", async () => {
    await collector.send(ack(1), PORT);
    expect(await fw.waitForLine("acked 1")).toBe("acked 1");
    expect(await collector.recv(500)).toBeNull();
});

test("an unacknowledged reading is retried after 300 ms, three tries in all, then given up", async () => {
    const first = reading(await collector.recv(1500));
    expect(first.seq).toBe(2);
    expect(reading(await collector.recv(600)).seq).toBe(2);
    expect(reading(await collector.recv(600)).seq).toBe(2);
    expect(await fw.waitForLine("gave up on 2", 1000)).toBe("gave up on 2");
    expect(fw.output.filter((l) => l.startsWith("sent 2 try"))).toEqual(["sent 2 try 1", "sent 2 try 2", "sent 2 try 3"]);
});

test("P changes the period, and readings keep counting", async () => {
    await collector.send(Uint8Array.of(0x50, 0, 100), PORT);
    expect(await fw.waitForLine("period 100")).toBe("period 100");
    let last = 2;
    for (let i = 0; i < 5; i++) {
        const r = reading(await collector.recv(400));
        expect(r.seq).toBe(last + 1);
        expect(r.value).toBe(1000 + 7 * r.seq);
        last = r.seq;
        await collector.send(ack(r.seq), PORT);
    }
});

test("a period below 10 ms is ignored", async () => {
    const before = fw.output.length;
    await collector.send(Uint8Array.of(0x50, 0, 5), PORT);
    await fw.advance(50);
    expect(fw.output.slice(before).some((l) => l.startsWith("period"))).toBe(false);
});

/**
 * Faults in firmware surface as failed tests that name the firmware's .ts file and line:
 * an out-of-range index, an exception in a handler, a handler that never returns, a sock
 * closed from the wrong context. Also the simulated network's clock and link conditions.
 */
import { boot, Simulation } from "riotscript/testing";

const FIX = "test/testing/fixtures";

test("an out-of-range index in a handler fails the waiting call, naming the line", async () => {
    const fw = await boot(`${FIX}/oob-handler.ts`, { target: "node" });
    const peer = await fw.udp();
    await peer.send(Uint8Array.of(2), 7000);
    expect(await fw.waitForLine("value")).toBe("value 0");
    await peer.send(Uint8Array.of(9), 7000);
    await expect(peer.recv(100)).rejects.toThrow(`${FIX}/oob-handler.ts:13: index out of range`);
    await fw.stop();
});

test("a handler that never returns is stopped by its time budget at the loop's line", async () => {
    const fw = await boot(`${FIX}/endless.ts`, { target: "node", handlerBudgetMs: 100 });
    const peer = await fw.udp();
    await expect(peer.send(Uint8Array.of(1), 7001)).resolves.toBeUndefined();
    await expect(fw.advance(10)).rejects.toThrow(`${FIX}/endless.ts:12: a handler ran past its time budget`);
    await fw.stop();
});

test("an exception in a handler (here the length check of send) is a fault with the firmware's line", async () => {
    const fw = await boot(`${FIX}/throws.ts`, { target: "node" });
    const peer = await fw.udp();
    await peer.send(Uint8Array.of(1, 2, 3), 7002);
    await expect(fw.advance(10)).rejects.toThrow(`${FIX}/throws.ts:15: send: length outside the buffer`);
    expect(() => fw.expectNoFault()).toThrow(/the firmware faulted/);
    await fw.stop();
});

test("eventInit on a sock whose event is queued is a fault, in Node and on the host (RIOT corrupts its queue)", async () => {
    for (const target of ["node", "host"] as const) {
        const fw = await boot(`${FIX}/reinit-queued.ts`, { target });
        const peer = await fw.udp();
        await peer.send("to c", 7005); // c's handler sleeps 300 ms
        await fw.advance(50);
        await peer.send("to a", 7003); // a's handler runs while b's event waits behind it
        await peer.send("to b", 7004);
        const faulted = async (): Promise<string> => {
            for (let i = 0; i < 100 && fw.faults.length === 0; i++) {
                await fw.advance(10).catch(() => undefined);
            }
            return fw.faults.join("\n");
        };
        expect(await faulted()).toContain("eventInit while the sock's event is queued");
        await fw.stop().catch(() => undefined);
    }
});

test("faults not yet reported fail stop()", async () => {
    const fw = await boot(`${FIX}/oob-handler.ts`, { target: "node" });
    const peer = await fw.udp();
    await peer.send(Uint8Array.of(200), 7000);
    await fw.sim?.advance(5);
    await expect(fw.stop()).rejects.toThrow("index out of range");
});

test("virtual time: advance(5000) is instant and runs events in order", async () => {
    const sim = new Simulation();
    const order: number[] = [];
    sim.schedule(3000, () => order.push(3));
    sim.schedule(1000, () => order.push(1));
    sim.schedule(1000, () => order.push(2));
    const t0 = Date.now();
    await sim.advance(5000);
    expect(order).toEqual([1, 2, 3]);
    expect(sim.now()).toBe(5000);
    expect(Date.now() - t0).toBeLessThan(1000);
});

test("a lossy link loses what the seed says, the same way every run", async () => {
    const run = async (): Promise<number> => {
        const fw = await boot("examples/udp-echo/main.ts", { target: "node", loss: 0.3, seed: 42 });
        const peer = await fw.udp();
        let answered = 0;
        for (let i = 0; i < 100; i++) {
            await peer.send(`p${i}`, 12345);
            if (await peer.recv(50)) {
                answered++;
            }
        }
        await fw.stop();
        return answered;
    };
    const first = await run();
    expect(first).toBeGreaterThan(30); // both ways must survive: about 0.7 * 0.7 of 100
    expect(first).toBeLessThan(70);
    expect(await run()).toBe(first);
});

test("latency delays replies in virtual time", async () => {
    const fw = await boot("examples/udp-echo/main.ts", { target: "node", latencyMs: 40 });
    const peer = await fw.udp();
    const sim = fw.sim as Simulation;
    const t0 = sim.now();
    await peer.send("x", 12345);
    expect(await peer.recv(1000)).not.toBeNull();
    expect(sim.now() - t0).toBeGreaterThanOrEqual(80);
    await fw.stop();
});

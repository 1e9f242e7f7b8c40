/**
 * Timers and closing from a handler, on both targets with one test: a timeout re-armed from
 * its own callback fires again each time, and a sock closed from its own handler gets no more
 * events, with no fault, in Node (virtual time) and in the compiled binary (real time).
 */
import { boot, Target } from "riotscript/testing";

const targets: Target[] = ["node", "host"];

test.each(targets)("%s: a timeout re-armed from its callback, a sock closed from its handler", async (target) => {
    const fw = await boot("test/testing/fixtures/rearm.ts", { target });
    try {
        expect(await fw.waitForLine("done", 3000)).toBe("done");
        expect(fw.output.filter((l) => l.startsWith("tick"))).toEqual([1, 2, 3, 4, 5].map((i) => `tick ${i} pending false`));
        const peer = await fw.udp();
        await peer.send("abc", 7010);
        expect(await fw.waitForLine("closing", 2000)).toBe("got 3, closing");
        await peer.send("again", 7010);
        await fw.advance(200);
        expect(fw.output.filter((l) => l.startsWith("got"))).toHaveLength(1);
        fw.expectNoFault();
        await peer.close();
    } finally {
        await fw.stop();
    }
});

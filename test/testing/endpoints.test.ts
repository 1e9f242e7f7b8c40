/**
 * Endpoints as values: `last.copyFrom(remote)` keeps a peer (a struct copy in C) and
 * `last.equals(remote)` compares family, address and port, the same in Node and the host.
 */
import { boot, Target } from "riotscript/testing";

const targets: Target[] = ["node", "host"];

test.each(targets)("%s: a peer is recognised by address and port, after its endpoint was copied", async (target) => {
    const fw = await boot("test/testing/fixtures/endpoints.ts", { target });
    try {
        await fw.waitForLine("ready", 2000);
        const a = await fw.udp();
        const b = await fw.udp();
        const step = async (peer: typeof a, line: string, n: number): Promise<void> => {
            await peer.send("x", 7400);
            await fw.waitForLine(line, 2000);
            expect(fw.output.length).toBe(n);
        };
        await step(a, "new peer", 2);
        await step(a, "same peer", 3);
        await step(b, "new peer", 4); // another port
        await step(b, "same peer", 5);
        await step(a, "new peer", 6);
        expect(fw.output.slice(1)).toEqual(["new peer", "same peer", "new peer", "same peer", "new peer"]);
        await a.close();
        await b.close();
        fw.expectNoFault();
    } finally {
        await fw.stop();
    }
});

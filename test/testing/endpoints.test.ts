/**
 * Endpoints as values: `last.copyFrom(remote)` keeps a peer (a struct copy in C) and
 * `last.equals(remote)` compares family, address and port, the same in Node and the host;
 * `${remote}` prints it.
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
            await fw.advance(50);
            expect(fw.output.length).toBe(n);
        };
        await step(a, "new peer", 4);
        await step(a, "same peer", 7);
        await step(b, "new peer", 10); // another port
        await step(b, "same peer", 13);
        await step(a, "new peer", 16);
        expect(fw.output.slice(1).filter((l) => !l.startsWith("address") && !l.startsWith("from"))).toEqual(["new peer", "same peer", "new peer", "same peer", "new peer"]);
        // the peer's address bytes: ::1 on the host's loopback; 2001:db8::n on the simulated network
        const addresses = fw.output.filter((l) => l.startsWith("address"));
        expect(addresses).toHaveLength(5);
        for (const l of addresses) {
            expect(l).toMatch(target === "host" ? /^address 16 bytes, family 4: 0 \.\. 1$/ : /^address 16 bytes, family 4: 32 \.\. \d+$/);
        }
        // and as text, "[addr]:port" as ipv6_addr_to_str writes the address
        const froms = fw.output.filter((l) => l.startsWith("from"));
        expect(froms).toHaveLength(5);
        for (const l of froms) {
            expect(l).toMatch(target === "host" ? /^from \[::1\]:\d+$/ : /^from \[2001:db8::[0-9a-f]{1,4}\]:\d+$/);
        }
        expect(froms[0]).toBe(froms[1]); // the same peer prints the same
        expect(froms[2]).not.toBe(froms[1]);
        await a.close();
        await b.close();
        fw.expectNoFault();
    } finally {
        await fw.stop();
    }
});

/**
 * A handler's third argument: module-level objects and structArray elements reach event
 * callbacks and UDP handlers as RIOT's `void *arg`, each call with its own object, the same
 * in Node and in the host binary.
 */
import { boot, Target } from "riotscript/testing";

const targets: Target[] = ["node", "host"];

test.each(targets)("%s: each handler call gets the object it was registered with", async (target) => {
    const fw = await boot("test/testing/fixtures/context.ts", { target });
    try {
        await fw.waitForLine("ready", 2000);
        await fw.waitForLine("counter 0 hit 1", 2000);
        expect(fw.output).toEqual(["ready", "counter 2 hit 1", "counter 100 hit 1", "counter 0 hit 1"]);
        const peer = await fw.udp();
        await peer.send("abc", 7301);
        await fw.waitForLine("port 7301: datagram 1 of 3 bytes", 2000);
        await peer.send("hello", 7300);
        await fw.waitForLine("port 7300: datagram 1 of 5 bytes", 2000);
        await peer.send("x", 7301);
        await fw.waitForLine("port 7301: datagram 2 of 1 bytes", 2000);
        await peer.close();
        fw.expectNoFault();
    } finally {
        await fw.stop();
    }
});

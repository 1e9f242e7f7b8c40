/**
 * The network stack's profile, the same on every target: a UDP program is built with GNRC,
 * whose input is taken in before each handler (FACTS trap 11), so a datagram a program sends
 * to itself arrives in the same call as its MSG_SENT. The fixture prints the flags of each
 * call; Node and the host binary must print the lines RIOT's GNRC does.
 */
import { boot, Target } from "riotscript/testing";

const targets: Target[] = ["node", "host"];

test.each(targets)("%s: GNRC coalesces a pending MSG_SENT with the MSG_RECV of a datagram sent to itself (0x30)", async (target) => {
    const fw = await boot("test/testing/fixtures/gnrc-coalesce.ts", { target });
    try {
        await fw.waitForLine("done", 2000);
        expect(fw.output).toEqual(["flags 48", "got 1 byte(s), round 1", "flags 48", "got 1 byte(s), round 2", "done"]);
        fw.expectNoFault();
    } finally {
        await fw.stop();
    }
});

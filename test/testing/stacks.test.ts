/**
 * The network stack's profile, the same on every target: a UDP program is built with GNRC,
 * whose input is taken in before each handler (FACTS trap 11), so a datagram a program sends
 * to itself arrives in the same call as its MSG_SENT. The fixture prints the flags of each
 * call; Node and the host binary must print the lines RIOT's GNRC does. And TCP, always
 * lwIP's: what a close reads as (traps 9 and 10). The lines are in conformance.ts, which
 * test/riot/riot-live.test.ts checks on RIOT native64.
 */
import { boot, Target } from "riotscript/testing";
import { GNRC_COALESCE, LWIP_CLOSE } from "./conformance";

const targets: Target[] = ["node", "host"];

test.each(targets)("%s: GNRC coalesces a pending MSG_SENT with the MSG_RECV of a datagram sent to itself (0x30)", async (target) => {
    const fw = await boot("test/testing/fixtures/gnrc-coalesce.ts", { target });
    try {
        await fw.waitForLine("done", 2000);
        expect(fw.output).toEqual(GNRC_COALESCE);
        fw.expectNoFault();
    } finally {
        await fw.stop();
    }
});

test.each(targets)("%s: lwIP's TCP: a FIN reads as -ECONNRESET; one that came with the connection is never reported", async (target) => {
    const fw = await boot("test/testing/fixtures/lwip-close.ts", { target });
    try {
        await fw.waitForLine("listening");
        const a = await fw.tcp(7200);
        await fw.advance(300);
        await a.send("abc");
        await fw.advance(300);
        await a.end();
        await fw.advance(300);
        expect(fw.output.slice(1)).toEqual(LWIP_CLOSE.later);
        const b = await fw.tcp(7200, { sendAndClose: "abc" });
        await fw.advance(1000);
        expect(fw.output.slice(1 + LWIP_CLOSE.later.length)).toEqual(LWIP_CLOSE.atOnce);
        expect(await b.closed(0)).toBeNull(); // the server still holds it
        fw.expectNoFault();
    } finally {
        await fw.stop();
    }
});

/**
 * What the conformance fixtures print, the same on RIOT native64 (test/riot/riot-live.test.ts),
 * on the host port and in Node (test/testing/stacks.test.ts).
 */

/** fixtures/gnrc-coalesce.ts on GNRC: two calls with flags 0x30 (MSG_SENT | MSG_RECV, trap 11). */
export const GNRC_COALESCE = ["flags 48", "got 1 byte(s), round 1", "flags 48", "got 1 byte(s), round 2", "done"];

/** fixtures/lwip-close.ts on lwIP, after its "listening" line. */
export const LWIP_CLOSE = {
    /** connect; 300 ms; send 3 bytes; 300 ms; FIN: the close reads as -ECONNRESET (trap 9) */
    later: ["accepted", "again", "event 16", "data 3", "again", "event 18", "reset"],
    /**
     * connect, send 3 bytes and FIN at once (nc -N): no read reports the close, a CONN_FIN
     * alone comes once the data is read (trap 10)
     */
    atOnce: ["accepted", "data 3", "again", "event 2", "again"],
};

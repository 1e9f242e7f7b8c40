/**
 * DTLS handshakes over a link that loses 20% of the datagrams each way, on every target.
 * Flights are lost; the client resends its own on a timer (1 s, doubling: RFC 6347), and
 * the server answers a repeated flight by resending its own, as tinydtls does (RIOT's
 * tinydtls sock runs no retransmission timer of its own: docs/api.md). Every handshake must
 * complete, possibly after the client starts over, and the session must then carry records
 * both ways (each send is retried, since records are lost too).
 */
import { boot, currentTarget, DtlsPeer, Firmware } from "riotscript/testing";

const PORT = 5684;
/** The emulated board runs in real time, where each client costs its idle reset (11 s). */
const CLIENTS = currentTarget() === "microbit" ? 3 : 10;

let fw: Firmware;

beforeAll(async () => {
    fw = await boot("examples/dtls-echo/main.ts", { loss: 0.2, seed: 7 });
    await fw.waitForLine(`DTLS echo on port ${PORT}`);
});

afterAll(async () => {
    await fw.stop();
});

afterEach(() => {
    fw.expectNoFault();
});

/** Sends `text` until its echo comes back (either may be lost), up to 10 tries. */
async function echoed(c: DtlsPeer, text: string): Promise<boolean> {
    for (let i = 0; i < 10; i++) {
        await c.send(text);
        const r = await c.recv(1000);
        if (r !== null && Buffer.from(r).toString() === text) {
            return true;
        }
    }
    return false;
}

/**
 * A client that gets no session within 30 s starts over, as a real one gives up and retries.
 * It may have to: the server's last flight is lost, the client resends its own at 1, 3 and
 * 7 s, and when all of those are lost too the server's idle reset (10 s after the session
 * came up on its side) forgets the session. Returns the session and the attempts it took.
 */
async function session(): Promise<{ c: DtlsPeer; attempts: number; resent: number }> {
    let resent = 0;
    for (let attempt = 1; ; attempt++) {
        const c = await fw.dtls(PORT);
        const ok = await c.handshake(30000);
        resent += c.resent;
        if (ok || attempt === 3) {
            expect([ok, c.failure]).toEqual([true, null]);
            return { c, attempts: attempt, resent };
        }
        await c.udp.close();
        await fw.advance(11000);
    }
}

describe(`dtls-echo over a link with 20% loss (${currentTarget()})`, () => {
    test(`${CLIENTS} clients in turn: each gets a session (starting over at most twice), and records go both ways`, async () => {
        let resent = 0;
        let attempts = 0;
        for (let i = 0; i < CLIENTS; i++) {
            const s = await session();
            resent += s.resent;
            attempts += s.attempts;
            expect(await echoed(s.c, `client ${i}`)).toBe(true);
            await s.c.close();
            // a close_notify may be lost: the session then ends at the firmware's idle reset
            await fw.advance(11000);
        }
        // the loss was real: flights were lost and resent on the client's timer
        expect(resent).toBeGreaterThan(0);
        // and most handshakes survive it without starting over
        expect(attempts).toBeLessThanOrEqual(CLIENTS + 3);
    }, 400000);
});

/**
 * Tests of the DTLS echo firmware, on every target. The client is riotscript's own DTLS
 * 1.2 PSK implementation (runtime/api/dtlsproto.ts); against the host binary the server is
 * the host port's, on OpenSSL. test/e2e/dtls-openssl.test.ts uses `openssl s_client`.
 */
import { boot, currentTarget, Firmware } from "riotscript/testing";

const PORT = 5684;
/** The firmware's IDLE_MS: with nothing heard for this long, it resets its socks. */
const IDLE_MS = 10000;

let fw: Firmware;

/** A ClientHello without a cookie (TLS_PSK_WITH_AES_128_CCM_8), as a first flight starts. */
function clientHello(n: number): Uint8Array {
    const body = [0xfe, 0xfd, ...Array.from({ length: 32 }, (_, i) => (i * 7 + n) & 0xff), 0, 0, 0, 2, 0xc0, 0xa8, 1, 0];
    const hs = [1, 0, 0, body.length, 0, 0, 0, 0, 0, 0, 0, body.length, ...body];
    return Uint8Array.from([22, 0xfe, 0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, hs.length, ...hs]);
}

beforeAll(async () => {
    fw = await boot("examples/dtls-echo/main.ts");
    await fw.waitForLine(`DTLS echo on port ${PORT}`);
});

afterAll(async () => {
    await fw.stop();
});

afterEach(() => {
    fw.expectNoFault();
});

/** A new client with the key gets a session at once, and `text` back from it. */
async function servedWith(text: string): Promise<void> {
    const c = await fw.dtls(PORT);
    expect(await c.handshake()).toBe(true);
    await c.send(text);
    expect(Buffer.from((await c.recv(2000)) ?? [])).toEqual(Buffer.from(text));
    await c.close();
}

describe(`dtls-echo (${currentTarget()})`, () => {
    test("a client with the key gets a session and its records back", async () => {
        const c = await fw.dtls(PORT);
        expect(await c.handshake()).toBe(true);
        await fw.waitForLine("new session");
        await c.send("hello dtls");
        expect(Buffer.from((await c.recv(2000)) ?? [])).toEqual(Buffer.from("hello dtls"));
        await fw.waitForLine("echoed 10 bytes");
        for (const n of [1, 100, 160]) {
            const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
            await c.send(data);
            expect(await c.recv(2000)).toEqual(data);
        }
        await c.close();
        expect(await fw.waitForLine("session closed by the client", 2000)).toBe("session closed by the client");
    });

    test("two clients at once (tinydtls has room for 2)", async () => {
        const a = await fw.dtls(PORT);
        const b = await fw.dtls(PORT);
        expect(await a.handshake()).toBe(true);
        expect(await b.handshake()).toBe(true);
        await a.send("from a");
        await b.send("from b");
        expect(Buffer.from((await b.recv(2000)) ?? [])).toEqual(Buffer.from("from b"));
        expect(Buffer.from((await a.recv(2000)) ?? [])).toEqual(Buffer.from("from a"));
        await a.close();
        await b.close();
    });

    test("ClientHellos without a cookie, from 10 ports, get a HelloVerifyRequest and hold no slot", async () => {
        for (let i = 0; i < 10; i++) {
            // one at a time: a burst would overflow the sock's queue (GNRC's holds 8)
            const u = await fw.udp();
            await u.send(clientHello(i), PORT);
            const r = await u.recv(2000);
            expect(r?.data[0]).toBe(22); // a handshake record...
            expect(r?.data[13]).toBe(3); // ...holding a HelloVerifyRequest
            await u.close();
        }
        const c = await fw.dtls(PORT); // both slots are free: no state was kept for the strangers
        expect(await c.handshake()).toBe(true);
        await c.close();
    });

    test("a client with the wrong key is refused, and the server keeps serving", async () => {
        const bad = await fw.dtls(PORT, { key: "not the key" });
        expect(await bad.handshake(1500)).toBe(false);
        await bad.close();
        await servedWith("still serving");
    });

    test("garbage datagrams get no answer and do no harm", async () => {
        const junk = await fw.udp();
        for (const g of ["hello", "\x16\xfe\xfd garbage", "\x17\xfe\xfd\x00\x01\x00\x00\x00\x00\x00\x05\x00\x03abc"]) {
            await junk.send(g, PORT);
        }
        await junk.send(new Uint8Array(300).fill(0x16), PORT);
        expect(await junk.recv(300)).toBeNull();
        await junk.close();
        await servedWith("after garbage");
    });

    test("an oversize record is dropped (-ENOBUFS); the sock then hears nothing until the idle reset", async () => {
        const c = await fw.dtls(PORT);
        expect(await c.handshake()).toBe(true);
        await c.send(new Uint8Array(161).fill(7));
        await fw.waitForLine("dropped an oversize record", 2000);
        // RIOT's tinydtls sock (pkg/tinydtls/contrib/sock_dtls.c, _copy_buffer) returns -ENOBUFS
        // without releasing the UDP sock's receive buffer when events are on, and receives
        // nothing after it; Node and the host port do the same
        await c.send("next");
        expect(await c.recv(1000)).toBeNull();
        await c.close();
        await fw.advance(IDLE_MS + 1500);
        await servedWith("after the reset");
    });

    test("clients killed without close_notify do not lock the others out: their sessions end at the idle reset", async () => {
        // two sessions fill tinydtls's 2 peers; then both clients vanish, as a killed
        // `openssl s_client` does, without a close_notify
        for (const text of ["first", "second"]) {
            const c = await fw.dtls(PORT);
            expect(await c.handshake()).toBe(true);
            await c.send(text);
            expect(Buffer.from((await c.recv(2000)) ?? [])).toEqual(Buffer.from(text));
            await c.udp.close();
        }
        const locked = await fw.dtls(PORT);
        expect(await locked.handshake(1000)).toBe(false);
        expect(locked.failure).toBe("the peer sent fatal alert 80"); // internal_error: no room for a peer
        await locked.close();
        await fw.advance(IDLE_MS + 1500);
        await servedWith("served after the killed clients");
    });

    test("clients with the wrong key do not lock the others out: the server resets when idle", async () => {
        // wrong-key clients fill the 2 slots (one may still be held since the test above)
        const bad = [];
        for (const key of ["not the key", "nor this"]) {
            const b = await fw.dtls(PORT, { key });
            bad.push(b);
            expect(await b.handshake(1000)).toBe(false);
        }
        const locked = await fw.dtls(PORT);
        expect(await locked.handshake(1000)).toBe(false);
        expect(locked.failure).toBe("the peer sent fatal alert 80"); // internal_error: no room for a peer
        await locked.close();
        await fw.advance(IDLE_MS + 1500);
        await servedWith("not locked out");
        for (const b of bad) {
            await b.close();
        }
    });
});

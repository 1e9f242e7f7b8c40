/**
 * DTLS 1.2 with a pre-shared key and TLS_PSK_WITH_AES_128_CCM_8, the cipher suite of RIOT's
 * tinydtls (RFC 6347, RFC 4279, RFC 6655): the protocol engine behind DtlsSock in Node. It
 * does no I/O: datagrams go in through `input`, out through the `send` hook, and what the
 * socket layer needs to know comes back as events.
 *
 * Scope: one cipher suite, no renegotiation, handshake messages in one fragment each (what
 * OpenSSL and tinydtls send for PSK handshakes), a server that always asks for a cookie,
 * and retransmission of the last flight when the peer repeats its own or `retransmit()` is
 * called. Both sides insist, as tinydtls does by default (`force_extended_master_secret`,
 * `force_renegotiation_info`), on the extended master secret (RFC 7627) and on secure
 * renegotiation signalling (RFC 5746): a handshake without them fails as it would on the
 * board.
 * @internal
 * @packageDocumentation
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const CT_CCS = 20;
const CT_ALERT = 21;
const CT_HANDSHAKE = 22;
const CT_APP = 23;

const HT_CLIENT_HELLO = 1;
const HT_SERVER_HELLO = 2;
const HT_HELLO_VERIFY = 3;
const HT_SERVER_KEY_EXCHANGE = 12;
const HT_SERVER_HELLO_DONE = 14;
const HT_CLIENT_KEY_EXCHANGE = 16;
const HT_FINISHED = 20;

const ALERT_CLOSE_NOTIFY = 0;
const ALERT_HANDSHAKE_FAILURE = 40;
const ALERT_DECRYPT_ERROR = 51;
const ALERT_UNKNOWN_PSK_IDENTITY = 115;

/** TLS_PSK_WITH_AES_128_CCM_8 */
export const SUITE_PSK_AES128_CCM8 = 0xc0a8;
const SCSV_RENEGOTIATION = 0x00ff;
const EXT_RENEGOTIATION_INFO = 0xff01;
const EXT_EXTENDED_MASTER_SECRET = 0x0017;
const DTLS12 = 0xfefd;
const DTLS10 = 0xfeff;

/** What the socket layer learns from a datagram. */
export type DtlsEvent =
    | { readonly k: "connected" }
    | { readonly k: "data"; readonly data: Uint8Array }
    | { readonly k: "closed" }
    | { readonly k: "failed"; readonly why: string };

export interface DtlsHooks {
    /** Sends one datagram to the peer. */
    send(datagram: Uint8Array): void;
    /** Server: the key for a PSK identity, or null if it is unknown. */
    keyFor?(identity: Uint8Array): Uint8Array | null;
    /** Server: the identity hint it sends (none: no ServerKeyExchange). */
    hint?: Uint8Array;
    /** Client: the identity and key it uses. */
    psk?: { readonly identity: Uint8Array; readonly key: Uint8Array };
}

function u16(n: number): number[] {
    return [(n >> 8) & 0xff, n & 0xff];
}

function u24(n: number): number[] {
    return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function cat(...parts: (Uint8Array | number[])[]): Uint8Array {
    const n = parts.reduce((s, p) => s + p.length, 0);
    const out = new Uint8Array(n);
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

/** TLS 1.2's PRF with SHA-256. */
export function prf(secret: Uint8Array, label: string, seed: Uint8Array, length: number): Uint8Array {
    const ls = cat(ascii(label), seed);
    const out: Uint8Array[] = [];
    let a: Uint8Array = ls;
    let have = 0;
    while (have < length) {
        a = createHmac("sha256", secret).update(a).digest();
        const block = createHmac("sha256", secret).update(a).update(ls).digest();
        out.push(block);
        have += block.length;
    }
    return cat(...out).subarray(0, length);
}

/** A cursor over received bytes; any read past the end throws (a malformed message). */
class Reader {
    at = 0;

    constructor(readonly b: Uint8Array) {}

    get left(): number {
        return this.b.length - this.at;
    }

    u8(): number {
        if (this.at + 1 > this.b.length) {
            throw new Error("short");
        }
        return this.b[this.at++];
    }

    u16(): number {
        return (this.u8() << 8) | this.u8();
    }

    u24(): number {
        return (this.u8() << 16) | (this.u8() << 8) | this.u8();
    }

    bytes(n: number): Uint8Array {
        if (this.at + n > this.b.length) {
            throw new Error("short");
        }
        const out = this.b.subarray(this.at, this.at + n);
        this.at += n;
        return out;
    }
}

interface Keys {
    readonly clientKey: Uint8Array;
    readonly serverKey: Uint8Array;
    readonly clientIv: Uint8Array;
    readonly serverIv: Uint8Array;
}

/** A message of the last flight, re-encoded with fresh record numbers when it is resent. */
interface FlightItem {
    readonly type: number;
    readonly epoch: number;
    readonly body: Uint8Array;
}

/** A parsed ClientHello: what the server needs from it. */
export interface ClientHello {
    readonly random: Uint8Array;
    readonly sessionId: Uint8Array;
    readonly cookie: Uint8Array;
    readonly suites: readonly number[];
    readonly renegotiationInfo: boolean;
    /** It offers the extended master secret (RFC 7627). */
    readonly extendedMasterSecret: boolean;
    readonly messageSeq: number;
    /** The record's sequence number (a reply in the clear echoes it, as tinydtls does). */
    readonly recordSeq: number;
    /** The whole handshake message, header included (for the transcript). */
    readonly message: Uint8Array;
}

/**
 * If `datagram` starts with a plaintext ClientHello record, parses it; otherwise null. The
 * server's stateless first step: no state exists for a peer until its cookie checks out.
 */
export function parseClientHello(datagram: Uint8Array): ClientHello | null {
    try {
        const r = new Reader(datagram);
        if (r.u8() !== CT_HANDSHAKE) {
            return null;
        }
        r.u16();
        if (r.u16() !== 0) {
            return null; // epoch 0 only
        }
        const seq = r.bytes(6);
        const recordSeq = ((seq[2] << 24) >>> 0) + ((seq[3] << 16) | (seq[4] << 8) | seq[5]);
        const len = r.u16();
        const frag = r.bytes(len);
        const h = new Reader(frag);
        if (h.u8() !== HT_CLIENT_HELLO) {
            return null;
        }
        const length = h.u24();
        const messageSeq = h.u16();
        const offset = h.u24();
        const fragLen = h.u24();
        if (offset !== 0 || fragLen !== length) {
            return null;
        }
        const body = new Reader(h.bytes(length));
        body.u16();
        const random = body.bytes(32);
        const sessionId = body.bytes(body.u8());
        const cookie = body.bytes(body.u8());
        const suitesLen = body.u16();
        const suites: number[] = [];
        for (let i = 0; i < suitesLen / 2; i++) {
            suites.push(body.u16());
        }
        body.bytes(body.u8()); // compression methods
        const exts = extensions(body);
        const renegotiationInfo = suites.includes(SCSV_RENEGOTIATION) || exts.includes(EXT_RENEGOTIATION_INFO);
        const extendedMasterSecret = exts.includes(EXT_EXTENDED_MASTER_SECRET);
        return {
            random, sessionId, cookie, suites, renegotiationInfo, extendedMasterSecret, messageSeq, recordSeq,
            message: frag.subarray(0, 12 + length),
        };
    } catch {
        return null;
    }
}

/** The extension types of a hello's (optional) extension block, where `r` stands. */
function extensions(r: Reader): number[] {
    const types: number[] = [];
    if (r.left >= 2) {
        const ext = new Reader(r.bytes(r.u16()));
        while (ext.left >= 4) {
            types.push(ext.u16());
            ext.bytes(ext.u16());
        }
    }
    return types;
}

/**
 * A fatal alert in the clear, as tinydtls sends when it has no room for a peer
 * (`internal_error`): epoch 0, record number `seq`.
 */
export function plainFatalAlert(description: number, seq: number): Uint8Array {
    return cat([CT_ALERT], u16(DTLS12), u16(0), [0, 0], u16(seq >>> 16), u16(seq & 0xffff), u16(2), [2, description]);
}

export const ALERT_INTERNAL_ERROR = 80;

/** The cookie a server expects from a peer: an HMAC of who it is and what it said. */
export function cookieFor(secret: Uint8Array, peer: string, hello: ClientHello): Uint8Array {
    return createHmac("sha256", secret).update(peer).update(hello.random).digest().subarray(0, 16);
}

/** The HelloVerifyRequest datagram that asks a peer to repeat its ClientHello with `cookie`. */
export function helloVerifyRequest(hello: ClientHello, cookie: Uint8Array): Uint8Array {
    const body = cat(u16(DTLS10), [cookie.length], cookie);
    const msg = cat([HT_HELLO_VERIFY], u24(body.length), u16(0), u24(0), u24(body.length), body);
    return cat([CT_HANDSHAKE], u16(DTLS10), u16(0), [0, 0, 0, 0, 0, 0], u16(msg.length), msg);
}

export function cookieMatches(a: Uint8Array, b: Uint8Array): boolean {
    return a.length === b.length && timingSafeEqual(a, b);
}

type State = "start" | "wait-server-hello" | "wait-server-done" | "wait-client-kx" | "wait-ccs" | "wait-finished"
    | "connected" | "closed" | "failed";

/** One DTLS association, client or server. */
export class DtlsEngine {
    state: State = "start";
    private transcript: Uint8Array[] = [];
    private clientRandom = new Uint8Array(32);
    private serverRandom = new Uint8Array(32);
    private master: Uint8Array | null = null;
    private keys: Keys | null = null;
    private readEpoch = 0;
    private writeSeq = [0, 0];
    private sendMsgSeq = 0;
    private recvMsgSeq = 0;
    private flight: FlightItem[] = [];
    private psk: Uint8Array | null = null;
    /** The highest record number seen in epoch 1, and a window below it (replay detection). */
    private replayTop = -1;
    private replayMask = 0n;

    constructor(readonly role: "client" | "server", private readonly hooks: DtlsHooks) {}

    /** Client: sends the first ClientHello. */
    start(): void {
        this.clientRandom = new Uint8Array(randomBytes(32));
        this.sendClientHello(new Uint8Array(0));
        this.state = "wait-server-hello";
    }

    /** Server: takes the ClientHello whose cookie checked out, and answers it. */
    accept(hello: ClientHello): DtlsEvent[] {
        if (!hello.suites.includes(SUITE_PSK_AES128_CCM8)) {
            return this.fail("the client offers no TLS_PSK_WITH_AES_128_CCM_8", ALERT_HANDSHAKE_FAILURE);
        }
        if (!hello.extendedMasterSecret || !hello.renegotiationInfo) {
            return this.fail("the client offers no extended master secret or renegotiation info, which tinydtls requires",
                ALERT_HANDSHAKE_FAILURE);
        }
        this.clientRandom = new Uint8Array(hello.random);
        this.serverRandom = new Uint8Array(randomBytes(32));
        this.recvMsgSeq = hello.messageSeq + 1;
        // records go on from the ClientHello's number, as tinydtls's do: the HelloVerifyRequest
        // took the first ClientHello's, and a client drops a number it has seen as a replay
        this.writeSeq[0] = hello.recordSeq;
        this.sendMsgSeq = hello.messageSeq; // after a HelloVerifyRequest (seq 0) the ServerHello is 1
        this.transcript = [new Uint8Array(hello.message)];
        const ext = cat(u16(EXT_RENEGOTIATION_INFO), u16(1), [0], u16(EXT_EXTENDED_MASTER_SECRET), u16(0));
        const sh = cat(u16(DTLS12), this.serverRandom, [0], u16(SUITE_PSK_AES128_CCM8), [0], u16(ext.length), ext);
        const items: FlightItem[] = [this.handshake(HT_SERVER_HELLO, sh)];
        if (this.hooks.hint !== undefined) {
            items.push(this.handshake(HT_SERVER_KEY_EXCHANGE, cat(u16(this.hooks.hint.length), this.hooks.hint)));
        }
        items.push(this.handshake(HT_SERVER_HELLO_DONE, new Uint8Array(0)));
        this.sendFlight(items);
        this.state = "wait-client-kx";
        return [];
    }

    /** Resends the last flight while the handshake is unfinished (call it on a timer). */
    retransmit(): void {
        if (this.state !== "connected" && this.state !== "closed" && this.state !== "failed" && this.flight.length > 0) {
            this.sendFlight(this.flight, true);
        }
    }

    /** Encrypts and sends application data; false if there is no connection. */
    write(data: Uint8Array): boolean {
        if (this.state !== "connected") {
            return false;
        }
        this.hooks.send(this.record(CT_APP, 1, data));
        return true;
    }

    /** Sends close_notify and ends the association. */
    close(): void {
        if (this.state === "connected") {
            this.hooks.send(this.record(CT_ALERT, 1, new Uint8Array([1, ALERT_CLOSE_NOTIFY])));
        }
        this.state = "closed";
    }

    /** Takes one datagram from the peer. Records that fail to parse or decrypt are dropped. */
    input(datagram: Uint8Array): DtlsEvent[] {
        const events: DtlsEvent[] = [];
        const r = new Reader(datagram);
        let resent = false;
        while (r.left >= 13 && this.state !== "closed" && this.state !== "failed") {
            let type: number;
            let epoch: number;
            let seq: Uint8Array;
            let fragment: Uint8Array;
            try {
                type = r.u8();
                r.u16();
                epoch = r.u16();
                seq = r.bytes(6);
                fragment = r.bytes(r.u16());
            } catch {
                break;
            }
            let plain: Uint8Array | null = fragment;
            if (epoch !== this.readEpoch) {
                if (epoch === 0 && this.readEpoch === 1 && type === CT_HANDSHAKE && !resent) {
                    // the peer repeats a flight of the handshake: ours got lost
                    resent = true;
                    this.retransmitOnRepeat(fragment);
                }
                continue;
            }
            if (epoch === 1) {
                plain = this.open(type, seq, fragment);
                if (plain === null) {
                    // a record we cannot decrypt is dropped, a Finished from a peer with another
                    // key too: tinydtls sends no alert and keeps waiting for a Finished that verifies
                    continue;
                }
            }
            events.push(...this.record_(type, plain, resent, () => { resent = true; }));
        }
        return events;
    }

    // --- records ------------------------------------------------------------------------

    private record_(type: number, body: Uint8Array, resent: boolean, markResent: () => void): DtlsEvent[] {
        switch (type) {
        case CT_HANDSHAKE:
            return this.handshakeRecord(body, resent, markResent);
        case CT_CCS:
            if (this.state === "wait-ccs" && this.keys !== null) {
                this.readEpoch = 1;
                this.state = "wait-finished";
            }
            return [];
        case CT_ALERT:
            if (body.length >= 2 && body[1] === ALERT_CLOSE_NOTIFY) {
                if (this.state === "connected") {
                    this.hooks.send(this.record(CT_ALERT, 1, new Uint8Array([1, ALERT_CLOSE_NOTIFY])));
                }
                this.state = "closed";
                return [{ k: "closed" }];
            }
            if (body.length >= 2 && body[0] === 2) {
                this.state = "failed";
                return [{ k: "failed", why: `the peer sent fatal alert ${body[1]}` }];
            }
            return [];
        case CT_APP:
            return this.state === "connected" && this.readEpoch === 1 ? [{ k: "data", data: new Uint8Array(body) }] : [];
        default:
            return [];
        }
    }

    private handshakeRecord(body: Uint8Array, resent: boolean, markResent: () => void): DtlsEvent[] {
        const events: DtlsEvent[] = [];
        const r = new Reader(body);
        while (r.left >= 12) {
            let msgType: number;
            let msgSeq: number;
            let msgBody: Uint8Array;
            let whole: Uint8Array;
            try {
                const start = r.at;
                msgType = r.u8();
                const length = r.u24();
                msgSeq = r.u16();
                const offset = r.u24();
                const fragLen = r.u24();
                if (offset !== 0 || fragLen !== length) {
                    return events; // fragmented handshake messages are not supported
                }
                msgBody = r.bytes(length);
                whole = body.subarray(start, r.at);
            } catch {
                return events;
            }
            if (msgSeq < this.recvMsgSeq) {
                if (!resent) {
                    markResent();
                    this.sendFlight(this.flight, true); // the peer did not get our last flight
                }
                continue;
            }
            if (msgSeq > this.recvMsgSeq) {
                continue;
            }
            events.push(...this.message(msgType, msgBody, whole));
            if (this.state === "failed") {
                break;
            }
        }
        return events;
    }

    private retransmitOnRepeat(fragment: Uint8Array): void {
        try {
            const r = new Reader(fragment);
            r.u8();
            r.u24();
            if (r.u16() < this.recvMsgSeq) {
                this.sendFlight(this.flight, true);
            }
        } catch {
            // not a handshake message
        }
    }

    private message(type: number, body: Uint8Array, whole: Uint8Array): DtlsEvent[] {
        try {
            return this.role === "client" ? this.clientMessage(type, body, whole) : this.serverMessage(type, body, whole);
        } catch {
            return this.fail("a malformed handshake message", ALERT_HANDSHAKE_FAILURE);
        }
    }

    private clientMessage(type: number, body: Uint8Array, whole: Uint8Array): DtlsEvent[] {
        const r = new Reader(body);
        if (type === HT_HELLO_VERIFY && this.state === "wait-server-hello") {
            r.u16();
            const cookie = r.bytes(r.u8());
            this.recvMsgSeq++;
            this.transcript = [];
            this.sendClientHello(cookie);
            return [];
        }
        if (type === HT_SERVER_HELLO && this.state === "wait-server-hello") {
            r.u16();
            this.serverRandom = new Uint8Array(r.bytes(32));
            r.bytes(r.u8());
            if (r.u16() !== SUITE_PSK_AES128_CCM8) {
                return this.fail("the server chose another cipher suite", ALERT_HANDSHAKE_FAILURE);
            }
            r.u8(); // compression
            const exts = extensions(r);
            if (!exts.includes(EXT_EXTENDED_MASTER_SECRET) || !exts.includes(EXT_RENEGOTIATION_INFO)) {
                return this.fail("the server does not do the extended master secret or renegotiation info",
                    ALERT_HANDSHAKE_FAILURE);
            }
            this.recvMsgSeq++;
            this.transcript.push(whole);
            this.state = "wait-server-done";
            return [];
        }
        if (type === HT_SERVER_KEY_EXCHANGE && this.state === "wait-server-done") {
            this.recvMsgSeq++;
            this.transcript.push(whole);
            return [];
        }
        if (type === HT_SERVER_HELLO_DONE && this.state === "wait-server-done") {
            this.recvMsgSeq++;
            this.transcript.push(whole);
            const psk = this.hooks.psk;
            if (psk === undefined) {
                return this.fail("no PSK to offer", ALERT_HANDSHAKE_FAILURE);
            }
            this.psk = psk.key;
            const kx = this.handshake(HT_CLIENT_KEY_EXCHANGE, cat(u16(psk.identity.length), psk.identity));
            this.deriveKeys();
            const fin = this.handshake(HT_FINISHED, this.verifyData("client finished"), 1);
            this.sendFlight([kx, { type: CT_CCS, epoch: 0, body: new Uint8Array([1]) }, fin]);
            this.state = "wait-ccs";
            return [];
        }
        if (type === HT_FINISHED && this.state === "wait-finished") {
            const want = this.verifyData("server finished");
            if (!cookieMatches(new Uint8Array(body), want)) {
                return this.fail("the server's Finished does not verify", ALERT_DECRYPT_ERROR);
            }
            this.recvMsgSeq++;
            this.state = "connected";
            this.flight = [];
            return [{ k: "connected" }];
        }
        return [];
    }

    private serverMessage(type: number, body: Uint8Array, whole: Uint8Array): DtlsEvent[] {
        const r = new Reader(body);
        if (type === HT_CLIENT_KEY_EXCHANGE && this.state === "wait-client-kx") {
            const identity = r.bytes(r.u16());
            const key = this.hooks.keyFor?.(identity) ?? null;
            if (key === null) {
                return this.fail("an unknown PSK identity", ALERT_UNKNOWN_PSK_IDENTITY);
            }
            this.psk = key;
            this.recvMsgSeq++;
            this.transcript.push(whole);
            this.deriveKeys();
            this.state = "wait-ccs";
            return [];
        }
        if (type === HT_FINISHED && this.state === "wait-finished") {
            const want = this.verifyData("client finished");
            if (!cookieMatches(new Uint8Array(body), want)) {
                return this.fail("the client's Finished does not verify (wrong PSK?)", ALERT_DECRYPT_ERROR);
            }
            this.recvMsgSeq++;
            this.transcript.push(whole);
            const fin = this.handshake(HT_FINISHED, this.verifyData("server finished"), 1);
            this.sendFlight([{ type: CT_CCS, epoch: 0, body: new Uint8Array([1]) }, fin]);
            this.state = "connected";
            return [{ k: "connected" }];
        }
        return [];
    }

    private fail(why: string, alert: number): DtlsEvent[] {
        // fatal alert in the clear: with a key mismatch the peer could not read it encrypted
        this.hooks.send(this.plainRecord(CT_ALERT, new Uint8Array([2, alert])));
        this.state = "failed";
        return [{ k: "failed", why }];
    }

    // --- handshake helpers -----------------------------------------------------------------

    private sendClientHello(cookie: Uint8Array): void {
        const suites = [SUITE_PSK_AES128_CCM8, SCSV_RENEGOTIATION];
        const ext = cat(u16(EXT_EXTENDED_MASTER_SECRET), u16(0));
        const body = cat(u16(DTLS12), this.clientRandom, [0], [cookie.length], cookie,
            u16(suites.length * 2), ...suites.map(u16), [1, 0], u16(ext.length), ext);
        this.sendFlight([this.handshake(HT_CLIENT_HELLO, body)]);
    }

    /** A handshake message with the next message_seq; added to the transcript (not HVR). */
    private handshake(type: number, body: Uint8Array, epoch = 0): FlightItem {
        const msg = cat([type], u24(body.length), u16(this.sendMsgSeq++), u24(0), u24(body.length), body);
        this.transcript.push(msg);
        return { type: CT_HANDSHAKE, epoch, body: msg };
    }

    private sendFlight(items: FlightItem[], again = false): void {
        if (!again) {
            this.flight = items;
        }
        const records = items.map((it) => (it.epoch === 0 ? this.plainRecord(it.type, it.body) : this.record(it.type, 1, it.body)));
        this.hooks.send(cat(...records));
    }

    private deriveKeys(): void {
        const psk = this.psk as Uint8Array;
        const pre = cat(u16(psk.length), new Uint8Array(psk.length), u16(psk.length), psk);
        // RFC 7627: the handshake so far, through the ClientKeyExchange, is the seed
        this.master = prf(pre, "extended master secret", this.transcriptHash(), 48);
        const kb = prf(this.master, "key expansion", cat(this.serverRandom, this.clientRandom), 40);
        this.keys = {
            clientKey: kb.subarray(0, 16), serverKey: kb.subarray(16, 32),
            clientIv: kb.subarray(32, 36), serverIv: kb.subarray(36, 40),
        };
    }

    private verifyData(label: string): Uint8Array {
        return prf(this.master as Uint8Array, label, this.transcriptHash(), 12);
    }

    private transcriptHash(): Uint8Array {
        const hash = createHash("sha256");
        for (const m of this.transcript) {
            hash.update(m);
        }
        return hash.digest();
    }

    // --- record protection ------------------------------------------------------------------

    private nextSeq(epoch: number): number[] {
        const n = this.writeSeq[epoch]++;
        return [0, 0, Math.floor(n / 2 ** 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
    }

    private plainRecord(type: number, body: Uint8Array): Uint8Array {
        return cat([type], u16(DTLS12), u16(0), this.nextSeq(0), u16(body.length), body);
    }

    private record(type: number, epoch: number, plain: Uint8Array): Uint8Array {
        const keys = this.keys as Keys;
        const seq = cat(u16(epoch), this.nextSeq(epoch));
        const key = this.role === "client" ? keys.clientKey : keys.serverKey;
        const iv = this.role === "client" ? keys.clientIv : keys.serverIv;
        const aad = cat(seq, [type], u16(DTLS12), u16(plain.length));
        const c = createCipheriv("aes-128-ccm", key, cat(iv, seq), { authTagLength: 8 });
        c.setAAD(aad, { plaintextLength: plain.length });
        const body = cat(c.update(plain), c.final(), c.getAuthTag());
        const fragment = cat(seq, body);
        return cat([type], u16(DTLS12), seq, u16(fragment.length), fragment);
    }

    /** Decrypts an epoch-1 record; null if it does not authenticate or is a replay. */
    private open(type: number, seq: Uint8Array, fragment: Uint8Array): Uint8Array | null {
        const keys = this.keys;
        if (keys === null || fragment.length < 16) {
            return null;
        }
        const n = seq.reduce((a, b) => a * 256 + b, 0);
        if (n <= this.replayTop - 64 || (n <= this.replayTop && (this.replayMask >> BigInt(this.replayTop - n)) & 1n)) {
            return null;
        }
        const key = this.role === "client" ? keys.serverKey : keys.clientKey;
        const iv = this.role === "client" ? keys.serverIv : keys.clientIv;
        const explicit = fragment.subarray(0, 8);
        const ct = fragment.subarray(8, fragment.length - 8);
        const tag = fragment.subarray(fragment.length - 8);
        const aad = cat(u16(1), seq, [type], u16(DTLS12), u16(ct.length));
        try {
            const d = createDecipheriv("aes-128-ccm", key, cat(iv, explicit), { authTagLength: 8 });
            d.setAuthTag(tag);
            d.setAAD(aad, { plaintextLength: ct.length });
            const plain = d.update(ct);
            d.final();
            if (n > this.replayTop) {
                this.replayMask = ((this.replayMask << BigInt(n - this.replayTop)) | 1n) & ((1n << 64n) - 1n);
                this.replayTop = n;
            } else {
                this.replayMask |= 1n << BigInt(this.replayTop - n);
            }
            return new Uint8Array(plain);
        } catch {
            return null;
        }
    }
}

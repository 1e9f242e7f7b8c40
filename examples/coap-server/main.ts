/*
 * A CoAP server (RFC 7252) on UDP port 5683, answering GET for three resources and their
 * list:
 *
 *   /hello               "hello, world"
 *   /uptime              milliseconds since boot, as text
 *   /count               how many requests the server has answered
 *   /.well-known/core    the list, in link format (RFC 6690)
 *
 * A confirmable request gets a piggy-backed ACK with the same message ID and token; a
 * non-confirmable one a NON response with the server's own message ID. Other paths get
 * 4.04, other methods 4.05, an unknown critical option 4.02. An empty CON (a CoAP ping)
 * gets a RST.
 *
 * A retransmitted CON (the same message ID from the same peer, RFC 7252 4.5) gets the same
 * ACK again from a cache of the last DEDUP_SLOTS answers, keyed by the peer's endpoint
 * (`ep.equals`), and is not counted twice. Malformed messages are dropped, or answered with
 * a RST when they are confirmable, as 4.2 and 3 say; nothing a peer sends can read or write
 * outside the buffers.
 */
import {
    bytesEqual, EventQueue, i32, readU16BE, SockAsync, SockFlags, structArray, u8, u16, u32, UdpEndpoint, UdpSock,
    writeText, writeU16BE, ztimerNow, Clock,
} from "riotscript";

const PORT = 5683;
/** Answers kept for retransmitted CONs (EXCHANGE_LIFETIME is 247 s; the oldest goes first). */
const DEDUP_SLOTS = 8;
const REPLY_MAX = 96;

const CON = 0;
const NON = 1;
const ACK = 2;
const RST = 3;

const GET = 1;
/** Response codes: class << 5 | detail. */
const CONTENT = 69; // 2.05
const BAD_REQUEST = 128; // 4.00
const BAD_OPTION = 130; // 4.02
const NOT_FOUND = 132; // 4.04
const METHOD_NOT_ALLOWED = 133; // 4.05

const URI_PATH = 11;
const CONTENT_FORMAT = 12;
const TEXT_PLAIN = 0;
const LINK_FORMAT = 40;

/** Which resource the request's Uri-Path options named. */
const enum Resource { NONE, HELLO, UPTIME, COUNT, CORE, BAD }

class Answer {
    used = false;
    peer = new UdpEndpoint();
    mid: u16 = 0;
    len: u32 = 0;
    reply = new Uint8Array(96);
    /** When it was stored, for replacing the oldest. */
    age: u32 = 0;
}

const queue = new EventQueue();
const sock = new UdpSock();
const buf = new Uint8Array(256);
const reply = new Uint8Array(96);
const answers = structArray(Answer, DEDUP_SLOTS);

let answered: u32 = 0;
let nextMid: u16 = 0x4000;
let stored: u32 = 0;

/** Where the path is after one more Uri-Path segment, the `index`th. */
function pathSegment(path: Resource, index: u32, seg: Uint8Array): Resource {
    if (index === 0) {
        if (bytesEqual(seg, "hello")) {
            return Resource.HELLO;
        } else if (bytesEqual(seg, "uptime")) {
            return Resource.UPTIME;
        } else if (bytesEqual(seg, "count")) {
            return Resource.COUNT;
        } else if (bytesEqual(seg, ".well-known")) {
            return Resource.NONE;
        }
        return Resource.BAD;
    }
    if (index === 1 && path === Resource.NONE && bytesEqual(seg, "core")) {
        return Resource.CORE;
    }
    return Resource.BAD;
}

/**
 * Writes the response header, token and options into `reply`; returns the offset after them
 * (the payload marker's place).
 */
function header(type: u8, code: u8, mid: u16, tokenAt: u8, tkl: u8, format: i32): u8 {
    if (tkl > 8) {
        return 0; // request() answers no such message
    }
    reply[0] = 0x40 | (type << 4) | tkl;
    reply[1] = code;
    writeU16BE(reply, 2, mid);
    for (let i: u32 = 0; i < tkl; i++) {
        reply[4 + i] = buf[tokenAt + i];
    }
    let n = 4 + tkl;
    if (format >= 0) {
        // Content-Format (12): delta 12 from option 0, one byte of value (0 is zero bytes)
        if (format === 0) {
            reply[n] = CONTENT_FORMAT << 4;
            n++;
        } else {
            reply[n] = (CONTENT_FORMAT << 4) | 1;
            reply[n + 1] = format;
            n += 2;
        }
    }
    return n;
}

/** The payload `text` after the marker at reply[at]; the whole length. */
function payload(at: u8, text: u8): u32 {
    reply[at] = 0xff;
    return at + 1 + text;
}

/** The cached answer to (peer, mid), or -1. */
function cached(peer: UdpEndpoint, mid: u16): i32 {
    for (let i = 0; i < DEDUP_SLOTS; i++) {
        if (answers[i].used && answers[i].mid === mid && answers[i].peer.equals(peer)) {
            return i;
        }
    }
    return -1;
}

/** Keeps the answer in `reply` (n bytes) for (peer, mid), in a free slot or the oldest. */
function remember(peer: UdpEndpoint, mid: u16, n: u32): void {
    let slot = 0;
    for (let i = 0; i < DEDUP_SLOTS; i++) {
        if (!answers[i].used) {
            slot = i;
            break;
        }
        if (answers[i].age < answers[slot].age) {
            slot = i;
        }
    }
    const a = answers[slot];
    a.used = true;
    a.peer.copyFrom(peer);
    a.mid = mid;
    a.len = Math.min(n, REPLY_MAX);
    for (let i: u32 = 0; i < a.len; i++) {
        a.reply[i] = reply[i];
    }
    stored = u32(stored + 1);
    a.age = stored;
}

/** Answers one request of n bytes in `buf` from `remote`. */
function request(n: u32, remote: UdpEndpoint): void {
    if (n < 4 || n > buf.length || (buf[0] >> 6) !== 1) {
        return; // not CoAP version 1: silently ignored (RFC 7252 3)
    }
    const type = (buf[0] >> 4) & 3;
    const tkl = buf[0] & 15;
    const code = buf[1];
    const mid = readU16BE(buf, 2);
    if (type === ACK || type === RST) {
        return; // the server sends no CONs, so it expects no ACK or RST
    }
    if (tkl > 8 || 4 + tkl > n) {
        if (type === CON) {
            sendReply(header(RST, 0, mid, 0, 0, -1), remote); // a format error (3, 4.2)
        }
        return;
    }
    if (code === 0) {
        if (type === CON) {
            sendReply(header(RST, 0, mid, 0, 0, -1), remote); // a CoAP ping
        }
        return;
    }
    if (type === CON) {
        const hit = cached(remote, mid);
        if (hit >= 0) {
            const a = answers[hit];
            for (let i: u32 = 0; i < a.len; i++) {
                reply[i] = a.reply[i];
            }
            sendReply(a.len, remote); // a retransmission: the same answer again
            return;
        }
    }
    // the options: delta and length nibbles, 13 and 14 extend them (3.1)
    let path = Resource.NONE;
    let segments: u32 = 0;
    let at: u32 = 4 + tkl;
    let option: u32 = 0;
    let badOption = false;
    let malformed = false;
    while (at < n && buf[at] !== 0xff && !malformed) {
        let delta: u32 = buf[at] >> 4;
        let len: u32 = buf[at] & 15;
        at++;
        if (delta === 13 && at < n) {
            delta = 13 + buf[at];
            at++;
        } else if (delta === 14 && at + 1 < n) {
            delta = 269 + readU16BE(buf, at);
            at += 2;
        } else if (delta >= 13) {
            malformed = true; // 15 is reserved; or the extension is cut off
        }
        if (len === 13 && at < n) {
            len = 13 + buf[at];
            at++;
        } else if (len === 14 && at + 1 < n) {
            len = 269 + readU16BE(buf, at);
            at += 2;
        } else if (len >= 13) {
            malformed = true;
        }
        if (malformed || len > n - at) {
            malformed = true;
        } else {
            option = Math.min(option + delta, 65535);
            if (option === URI_PATH) {
                const seg = buf.subarray(at, Math.min(at + len, n)); // at + len <= n: tested above
                path = pathSegment(path, segments, seg);
                if (segments < 100) {
                    segments++;
                }
            } else if ((option & 1) === 1 && option !== 3 && option !== 7 && option !== 15 && option !== 17) {
                badOption = true; // an unknown critical option (5.4.1); Uri-Host/Port/Query, Accept are fine
            }
            at += len;
        }
    }
    const respType = type === CON ? ACK : NON;
    let respMid = mid;
    if (type === NON) {
        respMid = nextMid;
        nextMid = u16(nextMid + 1);
    }
    let out: u32 = 0;
    if (malformed) {
        out = header(respType, BAD_REQUEST, respMid, 4, tkl, -1);
    } else if (badOption) {
        out = header(respType, BAD_OPTION, respMid, 4, tkl, -1);
    } else if (code !== GET) {
        out = header(respType, METHOD_NOT_ALLOWED, respMid, 4, tkl, -1);
    } else if (path === Resource.HELLO) {
        const h = header(respType, CONTENT, respMid, 4, tkl, TEXT_PLAIN);
        out = payload(h, writeText(reply, h + 1, "hello, world"));
    } else if (path === Resource.UPTIME) {
        const h = header(respType, CONTENT, respMid, 4, tkl, TEXT_PLAIN);
        out = payload(h, writeText(reply, h + 1, `${ztimerNow(Clock.MSEC)}`));
    } else if (path === Resource.COUNT) {
        const h = header(respType, CONTENT, respMid, 4, tkl, TEXT_PLAIN);
        out = payload(h, writeText(reply, h + 1, `${answered + 1}`));
    } else if (path === Resource.CORE) {
        const h = header(respType, CONTENT, respMid, 4, tkl, LINK_FORMAT);
        out = payload(h, writeText(reply, h + 1, "</hello>;ct=0,</uptime>;ct=0,</count>;ct=0"));
    } else {
        out = header(respType, NOT_FOUND, respMid, 4, tkl, -1);
    }
    if (answered < 4000000000) {
        answered++;
    }
    if (type === CON) {
        remember(remote, mid, out);
    }
    sendReply(out, remote);
}

function sendReply(n: u32, remote: UdpEndpoint): void {
    if (sock.send(reply, Math.min(n, REPLY_MAX), remote) < 0) {
        console.log("send failed");
    }
}

function handler(s: UdpSock, flags: SockAsync, arg: null): void {
    if (flags & SockAsync.MSG_RECV) {
        const remote = new UdpEndpoint();
        const n = s.recv(buf, 0, remote);
        if (n >= 0) {
            request(n, remote);
        }
    }
}

export function main(): number {
    const local = UdpEndpoint.ipv6Any(PORT);
    if (sock.create(local, null, SockFlags.NONE) < 0) {
        console.log("Error creating UDP sock");
        return 1;
    }
    queue.init();
    sock.eventInit(queue, handler, null);
    console.log(`CoAP server on port ${PORT}`);
    queue.loop();
    return 0;
}

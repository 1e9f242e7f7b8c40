/*
 * UDP telemetry: a periodic sender with acknowledgements and retries.
 *
 * A collector subscribes by sending "S" to port 5684. From then on the device sends it a
 * reading every period (default 1000 ms): 'T', a 32-bit sequence number, a 16-bit value.
 * Each reading must be acknowledged ("A" + the sequence number) within 300 ms, or it is
 * sent again, up to 3 tries. "P" + a 16-bit period changes the period.
 */
import {
    Clock, EventCallback, EventQueue, EventTimeout, PeriodicCallback, readU16BE, readU32BE, SockAsync,
    SockFlags, u16, u32, UdpEndpoint, UdpSock, writeU16BE, writeU32BE,
} from "riotscript";

const PORT = 5684;
const RETRY_MS = 300;
const TRIES = 3;

const queue = new EventQueue();
const sock = new UdpSock();
const collector = new UdpEndpoint();
const rx = new Uint8Array(16);
const tx = new Uint8Array(7);
const ticker = new PeriodicCallback();
const retry = new EventCallback();
const retryTimer = new EventTimeout();

let subscribed = false;
let seq: u32 = 0;
let tries = 0;
let acked = true;
let reading: u16 = 1000;

function transmit(): void {
    if (tries < TRIES) {
        tries++;
    }
    tx[0] = 0x54;
    writeU32BE(tx, 1, seq);
    writeU16BE(tx, 5, reading);
    if (sock.send(tx, 7, collector) < 0) {
        console.log("send failed");
    }
    console.log(`sent ${seq} try ${tries}`);
    retryTimer.set(RETRY_MS);
}

function tick(arg: null): void {
    if (!subscribed) {
        return;
    }
    if (!acked) {
        console.log(`dropped ${seq}`);
    }
    seq = u32(seq + 1);
    reading = u16(reading + 7);
    tries = 0;
    acked = false;
    transmit();
}

function onRetry(arg: null): void {
    if (acked) {
        return;
    }
    if (tries >= TRIES) {
        console.log(`gave up on ${seq}`);
        acked = true;
        return;
    }
    transmit();
}

function handler(s: UdpSock, flags: SockAsync, arg: null): void {
    if (flags & SockAsync.MSG_RECV) {
        // whoever speaks to the device is its collector
        const n = s.recv(rx, 0, collector);
        if (n < 1) {
            return;
        }
        const cmd = rx[0];
        if (cmd === 0x53) {
            subscribed = true;
            console.log("subscribed");
        } else if (cmd === 0x41 && n >= 5) {
            if (readU32BE(rx, 1) === seq && !acked) {
                acked = true;
                retryTimer.clear();
                console.log(`acked ${seq}`);
            }
        } else if (cmd === 0x50 && n >= 3) {
            const period = readU16BE(rx, 1);
            if (period >= 10) {
                ticker.start(period);
                console.log(`period ${period}`);
            }
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
    retry.init(onRetry, null);
    retryTimer.init(Clock.MSEC, queue, retry);
    ticker.init(Clock.MSEC, queue, tick, null);
    ticker.start(1000);
    queue.loop();
    return 0;
}

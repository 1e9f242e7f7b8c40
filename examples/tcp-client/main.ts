/*
 * TCP telemetry client: connects to a collector and sends it a reading every period
 * (default 1000 ms): 'T', a 32-bit sequence number, a 16-bit value. The collector may send
 * "P" + a 16-bit period to change the period. If the collector is not there, or the
 * connection is lost, the device tries again every 500 ms.
 */
import {
    Clock, Errno, EventCallback, EventQueue, EventTimeout, PeriodicCallback, readU16BE, SockAsync, SockFlags,
    TcpEndpoint, TcpSock, u16, u32, u8, writeU16BE, writeU32BE,
} from "riotscript";

/** The collector. On a board, put its address here. */
const COLLECTOR = "[::1]:5685";
const RETRY_MS = 500;

const queue = new EventQueue();
const conn = new TcpSock();
const collector = new TcpEndpoint();
const ticker = new PeriodicCallback();
const reconnect = new EventCallback();
const reconnectTimer = new EventTimeout();
const tx = new Uint8Array(7);
const rx = new Uint8Array(32);
const cmd = new Uint8Array(3);

let connected = false;
let seq: u32 = 0;
let value: u16 = 500;
let cmdLen: u8 = 0;

function connectCollector(): void {
    const res = conn.connect(collector, 0, SockFlags.NONE);
    if (res < 0) {
        console.log(`connect failed (${res})`);
        reconnectTimer.set(RETRY_MS);
        return;
    }
    connected = true;
    cmdLen = 0;
    console.log("connected");
    conn.eventInit(queue, onConn, null);
}

function lost(): void {
    connected = false;
    conn.disconnect();
    console.log("connection lost");
    reconnectTimer.set(RETRY_MS);
}

function onReconnect(arg: null): void {
    if (!connected) {
        connectCollector();
    }
}

function tick(arg: null): void {
    if (!connected) {
        return;
    }
    seq = u32(seq + 1);
    value = u16(value + 3);
    tx[0] = 0x54;
    writeU32BE(tx, 1, seq);
    writeU16BE(tx, 5, value);
    if (conn.write(tx, 7) < 0) {
        lost();
        return;
    }
    console.log(`sent ${seq}`);
}

/** Commands arrive as a byte stream: "P" and two bytes, possibly split across reads. */
function command(b: u8): void {
    if (cmdLen >= 3 || (cmdLen === 0 && b !== 0x50)) {
        cmdLen = 0;
        return;
    }
    cmd[cmdLen] = b;
    cmdLen++;
    if (cmdLen === 3) {
        cmdLen = 0;
        const period = readU16BE(cmd, 1);
        if (period >= 10) {
            ticker.start(period);
            console.log(`period ${period}`);
        }
    }
}

function onConn(s: TcpSock, flags: SockAsync, arg: null): void {
    if (!connected) {
        return;
    }
    for (;;) {
        const n = s.read(rx, 0);
        if (n === -Errno.EAGAIN) {
            return;
        }
        if (n <= 0) {
            lost();
            return;
        }
        for (let i = 0; i < n; i++) {
            command(rx[i]);
        }
    }
}

export function main(): number {
    if (collector.parse(COLLECTOR) < 0) {
        console.log("bad collector address");
        return 1;
    }
    queue.init();
    reconnect.init(onReconnect, null);
    reconnectTimer.init(Clock.MSEC, queue, reconnect);
    ticker.init(Clock.MSEC, queue, tick, null);
    ticker.start(1000);
    connectCollector();
    queue.loop();
    return 0;
}

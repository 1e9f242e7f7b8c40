/*
 * Asynchronous TCP echo server on port 12346, with a listen queue of 4 connections.
 * Everything a client sends comes back to it; when the client closes its side (or resets
 * the connection), the server closes the connection, and its sock goes back to the queue.
 * A write that fails ends the connection with its error code, `connection lost (-104)`.
 *
 * A peer may be hostile, and RIOT's lwIP does not always say when a client has gone (the FIN
 * of a client that half-closes as it sends, `echo hi | nc -N`, is never read: only its
 * CONN_FIN tells, FACTS trap 10). So that no one can hold the 4 slots for good, a sweep every second closes a
 * connection that has been silent for IDLE_MS, and any connection older than LIFETIME_MS
 * (a slowloris client, which sends a byte now and then, is never idle); and when the queue is
 * full, the oldest connection makes room for the next client.
 */
import {
    Clock, Errno, EventQueue, PeriodicCallback, SockAsync, SockFlags, structArray, TcpEndpoint, TcpQueue, TcpSock,
    u32, ztimerNow,
} from "riotscript";

const PORT = 12346;
const QUEUE_LEN = 4;
/** A connection that has sent nothing for this long is closed. */
const IDLE_MS = 10000;
/** A connection is closed this long after it was accepted, busy or not. */
const LIFETIME_MS = 30000;
/** With the queue full, the oldest connection makes room for the next client, once it is this old. */
const EVICT_AGE_MS = 2000;

const queue = new EventQueue();
const listener = new TcpQueue();
const conns = structArray(TcpSock, QUEUE_LEN);
const buf = new Uint8Array(256);
const sweeper = new PeriodicCallback();

/** Per slot of `conns`: 1 while it holds a connection, when that was accepted and last heard from (ZTIMER_MSEC). */
const busy = new Uint8Array(QUEUE_LEN);
const accepted = new Uint32Array(QUEUE_LEN);
const heard = new Uint32Array(QUEUE_LEN);

/**
 * Echoes what has arrived; false once the connection is over (the client is done, or it
 * failed). `fin`: the stack said the client closed its side (CONN_FIN).
 */
function serve(conn: TcpSock, fin: boolean): boolean {
    let n = conn.read(buf, 0);
    while (n > 0) {
        const written = conn.write(buf, n);
        if (written < 0) {
            n = written; // the error, not the length just read, is what ended the connection
            break;
        }
        n = conn.read(buf, 0);
    }
    if (n === -Errno.EAGAIN && !fin) {
        return true;
    }
    // CONN_FIN with nothing left to read: the client has closed its side and has all of its
    // echo. On lwIP a FIN that came with data is never read as the end (FACTS trap 10), so
    // this is how a server learns of `echo hi | nc -N` there.
    // the client is gone: RIOT's lwIP reads an orderly close as -ECONNRESET, as it reads a
    // reset (FACTS trap 9), and net/sock/tcp.h's 0 is the same end; anything else is an error
    if (n === 0 || n === -Errno.ECONNRESET || n === -Errno.EAGAIN) {
        console.log("client gone");
    } else {
        console.log(`connection lost (${n})`);
    }
    conn.disconnect();
    return false;
}

function onConn(conn: TcpSock, flags: SockAsync, arg: null): void {
    // the slot of `conns` that is `conn` (accept hands out an element of the array); an
    // event of a connection the sweep already closed finds its slot closed, and is dropped
    for (let i = 0; i < QUEUE_LEN; i++) {
        if (conns[i] === conn && busy[i] === 1 && (flags & (SockAsync.MSG_RECV | SockAsync.CONN_FIN))) {
            heard[i] = ztimerNow(Clock.MSEC);
            if (!serve(conn, (flags & SockAsync.CONN_FIN) !== 0)) {
                busy[i] = 0;
            }
        }
    }
}

function onListen(q: TcpQueue, flags: SockAsync, arg: null): void {
    if (flags & SockAsync.CONN_RECV) {
        const conn = q.accept(0);
        if (conn === null) {
            console.log("queue full: connection refused");
            makeRoom();
            return;
        }
        console.log("client connected");
        conn.eventInit(queue, onConn, null);
        for (let i = 0; i < QUEUE_LEN; i++) {
            if (conns[i] === conn) {
                busy[i] = 1;
                accepted[i] = ztimerNow(Clock.MSEC);
                heard[i] = accepted[i];
                // data that came with the connection raises no event (lwIP): read it now
                if (!serve(conn, false)) {
                    busy[i] = 0;
                }
            }
        }
    }
}

/**
 * The queue was full: closes the oldest connection, if it has had EVICT_AGE_MS, so that the
 * next client finds a slot (RIOT has already refused this one). A client that holds a slot
 * without using it (slowloris) is always the oldest soon; a quick exchange is never evicted.
 */
function makeRoom(): void {
    const now = ztimerNow(Clock.MSEC);
    let oldest: u32 = 0;
    for (let i = 0; i < QUEUE_LEN; i++) {
        if (busy[i] === 1 && u32(now - accepted[i]) > oldest) {
            oldest = u32(now - accepted[i]);
        }
    }
    if (oldest < EVICT_AGE_MS) {
        return;
    }
    for (let i = 0; i < QUEUE_LEN; i++) {
        if (busy[i] === 1 && u32(now - accepted[i]) === oldest) {
            console.log("queue full: closing the oldest connection");
            busy[i] = 0;
            conns[i].disconnect();
            return;
        }
    }
}

/** Every second: closes the connections that are silent for IDLE_MS or older than LIFETIME_MS. */
function sweep(arg: null): void {
    const now = ztimerNow(Clock.MSEC);
    for (let i = 0; i < QUEUE_LEN; i++) {
        if (busy[i] === 1) {
            if (u32(now - accepted[i]) >= LIFETIME_MS) {
                console.log("lifetime over: closing");
                busy[i] = 0;
                conns[i].disconnect();
            } else if (u32(now - heard[i]) >= IDLE_MS) {
                console.log("idle: closing");
                busy[i] = 0;
                conns[i].disconnect();
            }
        }
    }
}

export function main(): number {
    const local = TcpEndpoint.ipv6Any(PORT);
    queue.init();
    if (listener.listen(local, conns, SockFlags.NONE) < 0) {
        console.log("Error listening");
        return 1;
    }
    listener.eventInit(queue, onListen, null);
    sweeper.init(Clock.MSEC, queue, sweep, null);
    sweeper.start(1000);
    console.log(`listening on port ${PORT}`);
    queue.loop();
    return 0;
}

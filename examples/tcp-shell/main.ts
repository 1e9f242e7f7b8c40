/*
 * A line-oriented command shell over TCP on port 2323, for up to 4 clients at once. Each
 * connection has its own Session (its line buffer, a register and a command count), which
 * RIOT hands back to the handler as its `void *arg`. Lines end with "\n" (a "\r" before it is
 * dropped); replies end with "\r\n".
 *
 *   help               the commands
 *   echo <text>        the text back
 *   add <a> <b>        the sum of two integers (-1000000000..1000000000)
 *   set <n> / get      this connection's register
 *   count              commands this connection ran
 *   uptime             milliseconds since boot
 *   quit               "bye", then the server closes the connection
 *
 * A peer may be hostile: a line longer than LINE_MAX is answered with an error and dropped,
 * replies are bounded by the reply buffer, a connection silent for IDLE_MS is closed, and a
 * client that half-closes (`printf 'count\n' | nc -N`) is served, then closed on its
 * CONN_FIN (RIOT's lwIP never reads that FIN as the end, FACTS trap 10).
 */
import {
    bytesEqual, Clock, Errno, EventQueue, i32, PeriodicCallback, SockAsync, SockFlags, structArray, TcpEndpoint,
    TcpQueue, TcpSock, u32, writeText, ztimerNow,
} from "riotscript";

const PORT = 2323;
const SLOTS = 4;
/** The longest command line, without its end of line. */
const LINE_MAX = 64;
/** A connection that sends nothing for this long is closed. */
const IDLE_MS = 30000;
/** The largest number `add` and `set` take, either sign. */
const NUMBER_MAX = 1000000000;

class Session {
    open = false;
    /** The line so far; `len` bytes of it, or `tooLong` once it passed LINE_MAX. */
    line = new Uint8Array(64);
    len: u32 = 0;
    tooLong = false;
    commands: u32 = 0;
    register: i32 = 0;
    /** When the client last sent something (ZTIMER_MSEC). */
    heard: u32 = 0;
}

const queue = new EventQueue();
const listener = new TcpQueue();
const conns = structArray(TcpSock, SLOTS);
const sessions = structArray(Session, SLOTS);
const input = new Uint8Array(128);
const reply = new Uint8Array(96);
const sweeper = new PeriodicCallback();
/** Who connected, for the log. */
const peer = new TcpEndpoint();

/** What parseNumber found: ok, and the value. */
let parsed: i32 = 0;

/** Sends the first n bytes of `reply`. */
function send(conn: TcpSock, n: u32): void {
    if (conn.write(reply, n) < 0) {
        console.log("write failed");
    }
}

/**
 * Parses a decimal integer, with an optional '-', from line[start..end) into `parsed`; false
 * if it is not one or is beyond NUMBER_MAX.
 */
function parseNumber(line: Uint8Array, start: u32, end: u32): boolean {
    let i = start;
    let negative = false;
    if (i < end && line[i] === 45) { // '-'
        negative = true;
        i++;
    }
    if (i >= end) {
        return false;
    }
    let v: i32 = 0;
    for (; i < end; i++) {
        const d = line[i] - 48;
        if (d < 0 || d > 9 || v > 100000000) {
            return false;
        }
        v = v * 10 + d;
    }
    if (v > NUMBER_MAX) {
        return false;
    }
    parsed = negative ? -v : v;
    return true;
}

/** The end of the word that starts at `from`: the next space, or the end of the line. */
function wordEnd(line: Uint8Array, from: u32, end: u32): u32 {
    let i = from;
    while (i < end && line[i] !== 32) {
        i++;
    }
    return i;
}

/** Runs the command in s.line; false when the connection is to close. */
function run(conn: TcpSock, s: Session): boolean {
    const end = Math.min(s.len, LINE_MAX); // take() stores at most LINE_MAX
    const cmdEnd = wordEnd(s.line, 0, end);
    const cmd = s.line.subarray(0, cmdEnd);
    const argStart = cmdEnd < end ? cmdEnd + 1 : end;
    if (s.commands < 4000000000) {
        s.commands++;
    }
    let n: u32 = 0;
    if (bytesEqual(cmd, "help")) {
        n = writeText(reply, 0, "commands: help echo add set get count uptime quit\r\n");
    } else if (bytesEqual(cmd, "echo")) {
        // the text as it came: copied into the reply, as much as fits before "\r\n"
        for (let i = argStart; i < end && n < reply.length - 2; i++) {
            reply[n] = s.line[i];
            n++;
        }
        n += writeText(reply, n, "\r\n");
    } else if (bytesEqual(cmd, "add")) {
        const aEnd = wordEnd(s.line, argStart, end);
        const bStart = aEnd < end ? aEnd + 1 : end;
        if (parseNumber(s.line, argStart, aEnd)) {
            const a = parsed;
            if (parseNumber(s.line, bStart, end)) {
                n = writeText(reply, 0, `${a + parsed}\r\n`);
            }
        }
        if (n === 0) {
            n = writeText(reply, 0, "error: add takes two integers\r\n");
        }
    } else if (bytesEqual(cmd, "set")) {
        if (parseNumber(s.line, argStart, end)) {
            s.register = parsed;
            n = writeText(reply, 0, "ok\r\n");
        } else {
            n = writeText(reply, 0, "error: set takes an integer\r\n");
        }
    } else if (bytesEqual(cmd, "get")) {
        n = writeText(reply, 0, `${s.register}\r\n`);
    } else if (bytesEqual(cmd, "count")) {
        n = writeText(reply, 0, `${s.commands}\r\n`);
    } else if (bytesEqual(cmd, "uptime")) {
        n = writeText(reply, 0, `${ztimerNow(Clock.MSEC)} ms\r\n`);
    } else if (bytesEqual(cmd, "quit")) {
        n = writeText(reply, 0, "bye\r\n");
        send(conn, n);
        return false;
    } else if (end === 0) {
        return true; // an empty line: nothing to do
    } else {
        n = writeText(reply, 0, "error: unknown command (try help)\r\n");
    }
    send(conn, n);
    return true;
}

/** Takes in n bytes of `input`, running each complete line; false when the connection is to close. */
function take(conn: TcpSock, s: Session, n: u32): boolean {
    for (let k = 0; k < n; k++) {
        const c = input[k];
        if (c === 10) { // '\n'
            if (s.len > 0 && s.line[s.len - 1] === 13) {
                s.len--; // "\r\n"
            }
            if (s.tooLong) {
                send(conn, writeText(reply, 0, "error: line too long\r\n"));
            } else if (!run(conn, s)) {
                return false;
            }
            s.len = 0;
            s.tooLong = false;
        } else if (s.len < LINE_MAX) {
            s.line[s.len] = c;
            s.len++;
        } else {
            s.tooLong = true;
        }
    }
    return true;
}

/** Closes a session's connection. */
function close(conn: TcpSock, s: Session, why: string): void {
    console.log(why);
    s.open = false;
    conn.disconnect();
}

/** Reads what has arrived and serves it; closes when the client is done or the connection failed. */
function serve(conn: TcpSock, s: Session, fin: boolean): void {
    let n = conn.read(input, 0);
    while (n > 0) {
        s.heard = ztimerNow(Clock.MSEC);
        if (!take(conn, s, n)) {
            close(conn, s, "client quit");
            return;
        }
        n = conn.read(input, 0);
    }
    if (n === -Errno.EAGAIN && !fin) {
        return;
    }
    // 0, or -ECONNRESET (lwIP reads an orderly close so, FACTS trap 9), or CONN_FIN with
    // nothing left to read (trap 10): the client is gone
    if (n === 0 || n === -Errno.ECONNRESET || n === -Errno.EAGAIN) {
        close(conn, s, "client gone");
    } else {
        console.log(`connection lost (${n})`);
        s.open = false;
        conn.disconnect();
    }
}

function onConn(conn: TcpSock, flags: SockAsync, s: Session): void {
    // an event the sweep's close left queued finds its session closed, and is dropped
    if (s.open && (flags & (SockAsync.MSG_RECV | SockAsync.CONN_FIN))) {
        serve(conn, s, (flags & SockAsync.CONN_FIN) !== 0);
    }
}

function onListen(q: TcpQueue, flags: SockAsync, arg: null): void {
    if (!(flags & SockAsync.CONN_RECV)) {
        return;
    }
    const conn = q.accept(0);
    if (conn === null) {
        console.log("queue full: connection refused");
        return;
    }
    for (let i = 0; i < SLOTS; i++) {
        if (conns[i] === conn) { // accept hands out an element of `conns`
            const s = sessions[i];
            s.open = true;
            s.len = 0;
            s.tooLong = false;
            s.commands = 0;
            s.register = 0;
            s.heard = ztimerNow(Clock.MSEC);
            conn.eventInit(queue, onConn, s);
            if (conn.getRemote(peer) === 0) {
                console.log(`client connected from ${peer}`); // "[2001:db8::1]:50123"
            } else {
                console.log("client connected");
            }
            send(conn, writeText(reply, 0, "riotscript shell: type help\r\n"));
            serve(conn, s, false); // data that came with the connection raises no event (lwIP)
        }
    }
}

/** Every second: closes the connections that have been silent for IDLE_MS. */
function sweep(arg: null): void {
    const now = ztimerNow(Clock.MSEC);
    for (let i = 0; i < SLOTS; i++) {
        const s = sessions[i];
        if (s.open && u32(now - s.heard) >= IDLE_MS) {
            const n = writeText(reply, 0, "idle: bye\r\n");
            send(conns[i], n);
            close(conns[i], s, "idle: closing");
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
    console.log(`shell on port ${PORT}`);
    queue.loop();
    return 0;
}

/*
 * Asynchronous TCP echo server on port 12346, with a listen queue of 4 connections.
 * Everything a client sends comes back to it; when the client closes its side (or resets
 * the connection), the server closes the connection, and its sock goes back to the queue.
 */
import { Errno, EventQueue, SockAsync, SockFlags, structArray, TcpEndpoint, TcpQueue, TcpSock } from "riotscript";

const PORT = 12346;
const QUEUE_LEN = 4;

const queue = new EventQueue();
const listener = new TcpQueue();
const conns = structArray(TcpSock, QUEUE_LEN);
const buf = new Uint8Array(256);

/** Echoes what has arrived; closes the connection once the client is done. */
function serve(conn: TcpSock): void {
    let n = conn.read(buf, 0);
    while (n > 0) {
        const written = conn.write(buf, n);
        if (written < 0) {
            n = written; // the error, not the length just read, is what ended the connection
            break;
        }
        n = conn.read(buf, 0);
    }
    if (n !== -Errno.EAGAIN) {
        // 0: the client closed its side and everything is echoed; < 0: reset or error
        if (n === 0) {
            console.log("client done");
        } else {
            console.log(`connection lost (${n})`);
        }
        conn.disconnect();
    }
}

function onConn(conn: TcpSock, flags: SockAsync, arg: null): void {
    if (flags & (SockAsync.MSG_RECV | SockAsync.CONN_FIN)) {
        serve(conn);
    }
}

function onListen(q: TcpQueue, flags: SockAsync, arg: null): void {
    if (flags & SockAsync.CONN_RECV) {
        const conn = q.accept(0);
        if (conn === null) {
            console.log("queue full: connection refused");
            return;
        }
        console.log("client connected");
        conn.eventInit(queue, onConn, null);
        // data that came with the connection raises no event (lwIP): read it now
        serve(conn);
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
    console.log(`listening on port ${PORT}`);
    queue.loop();
    return 0;
}

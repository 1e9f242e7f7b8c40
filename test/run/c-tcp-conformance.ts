/*
 * Shared conformance suite for TCP: what the Node runtime (node:net, with the blocking
 * connect in a worker thread) and the C host port must agree on. The differential harness
 * runs it on both and compares every line. Only what is synchronous.
 */
import { Errno, i32, SockFlags, structArray, TcpEndpoint, TcpQueue, TcpSock } from "riotscript";

const listener = new TcpQueue();
const other = new TcpQueue();
const socks = structArray(TcpSock, 2);
const conn = new TcpSock();
const refused = new TcpSock();
const buf = new Uint8Array(16);

function show(what: string, res: i32): void {
    console.log(`${what}: ${res}`);
}

export function main(): number {
    const ep = new TcpEndpoint();
    show("read unconnected is -ENOTCONN", conn.read(buf, 0) === -Errno.ENOTCONN ? 1 : 0);
    show("write unconnected is -ENOTCONN", conn.write(buf, 4) === -Errno.ENOTCONN ? 1 : 0);
    show("getLocal unconnected is -EADDRNOTAVAIL", conn.getLocal(ep) === -Errno.EADDRNOTAVAIL ? 1 : 0);
    show("getRemote unconnected is -ENOTCONN", conn.getRemote(ep) === -Errno.ENOTCONN ? 1 : 0);
    show("queue getLocal before listen is -EADDRNOTAVAIL", listener.getLocal(ep) === -Errno.EADDRNOTAVAIL ? 1 : 0);
    const none = listener.accept(0);
    show("accept before listen gives null", none === null ? 1 : 0);

    const local = TcpEndpoint.ipv6Any(47811);
    show("listen", listener.listen(local, socks, SockFlags.NONE));
    show("queue getLocal", listener.getLocal(ep));
    console.log(`port ${ep.port} family ${ep.family}`);
    show("listen on the same port is -EADDRINUSE", other.listen(local, socks, SockFlags.NONE) === -Errno.EADDRINUSE ? 1 : 0);

    // nobody listens on 47812: a blocking connect is refused at once
    const nowhere = new TcpEndpoint();
    show("parse [::1]:47812", nowhere.parse("[::1]:47812"));
    show("connect refused is -ECONNREFUSED", refused.connect(nowhere, 0, SockFlags.NONE) === -Errno.ECONNREFUSED ? 1 : 0);
    show("read after a refused connect is -ENOTCONN", refused.read(buf, 0) === -Errno.ENOTCONN ? 1 : 0);

    // a connect to our own listener completes: the stack accepts it into the backlog
    const here = new TcpEndpoint();
    show("parse [::1]:47811", here.parse("[::1]:47811"));
    show("connect", conn.connect(here, 0, SockFlags.NONE));
    const remote = new TcpEndpoint();
    show("getRemote", conn.getRemote(remote));
    console.log(`remote port ${remote.port} family ${remote.family}`);
    const mine = new TcpEndpoint();
    show("getLocal", conn.getLocal(mine));
    console.log(`local port is ephemeral ${mine.port >= 1024 ? 1 : 0}`);
    show("write", conn.write(buf, 4));
    show("read with nothing arrived is -EAGAIN", conn.read(buf, 0) === -Errno.EAGAIN ? 1 : 0);
    conn.disconnect();
    show("read after disconnect is -ENOTCONN", conn.read(buf, 0) === -Errno.ENOTCONN ? 1 : 0);

    listener.stopListen();
    show("queue getLocal after stopListen is -EADDRNOTAVAIL", listener.getLocal(ep) === -Errno.EADDRNOTAVAIL ? 1 : 0);
    show("listen again after stopListen", listener.listen(local, socks, SockFlags.NONE));
    listener.stopListen();
    return 0;
}

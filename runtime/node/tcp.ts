/**
 * TCP for the Node backend, on node:net. Listening is ordinary asynchronous Node. Connecting
 * is not: RIOT's `sock_tcp_connect` blocks until the connection is up, and the firmware's
 * code after it runs on that promise. A Node socket cannot complete a connect while its
 * thread waits, so connections the firmware opens live in a worker thread: the firmware
 * thread posts the request and blocks in `Atomics.wait` until the worker has connected
 * (or failed), and from then on bytes travel between the threads as messages.
 */
import * as net from "node:net";
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { Errno } from "../api/errno";
import { BufferedTcpStream, shared, StackAddr, TcpListener, TcpStream } from "../api/platform";
import { AF } from "../api/sock";
import { addrFromString, addrToString } from "./addr";

/** A negative errno from a Node error code (`ECONNREFUSED` → `-Errno.ECONNREFUSED`). */
export function errnoOf(code: string | undefined): number {
    const n = (Errno as unknown as Record<string, number | undefined>)[code ?? ""];
    if (n !== undefined) {
        return -n;
    }
    return code === "EPIPE" ? -Errno.ECONNRESET : -Errno.ECONNABORTED;
}

function stackAddr(address: string | undefined, port: number | undefined): StackAddr {
    const a = addrFromString(address ?? "::");
    return { family: a.family, addr: a.addr, port: port ?? 0 };
}

/** Ports this process listens on, answered synchronously with -EADDRINUSE (listen is asynchronous). */
const listening = (shared[Symbol.for("riotscript.tcpPorts")] ??= new Set<string>()) as Set<string>;
/** Servers and sockets open, for test teardown. */
const openTcp = (shared[Symbol.for("riotscript.openTcp")] ??= new Set<{ close(): void }>()) as Set<{ close(): void }>;

/** Closes every listener and connection the firmware has (test teardown). */
export function closeAllTcp(): void {
    for (const s of openTcp) {
        s.close();
    }
    openTcp.clear();
    listening.clear();
    worker?.terminate().catch(() => undefined);
    worker = null;
}

/** A connection accepted by a node:net server, on this thread. */
class NetStream extends BufferedTcpStream {
    readonly local: StackAddr;
    readonly remote: StackAddr;
    private gone = 0;

    constructor(private readonly socket: net.Socket) {
        super();
        this.local = stackAddr(socket.localAddress, socket.localPort);
        this.remote = stackAddr(socket.remoteAddress, socket.remotePort);
        openTcp.add(this);
        socket.on("data", (b: Buffer) => this.emitData(new Uint8Array(b)));
        socket.on("end", () => this.emitFin());
        socket.on("error", (e: NodeJS.ErrnoException) => {
            this.gone = errnoOf(e.code);
            this.emitError(this.gone);
        });
    }

    write(data: Uint8Array): number {
        if (this.gone !== 0) {
            return this.gone;
        }
        if (this.socket.destroyed || !this.socket.writable) {
            return -Errno.ENOTCONN;
        }
        this.socket.write(data);
        return data.length;
    }

    close(): void {
        openTcp.delete(this);
        this.socket.destroySoon();
    }
}

export function tcpListen(family: AF, addr: Uint8Array, port: number,
    accept: (s: TcpStream) => void): TcpListener | number {
    const k = `${family}/${port}`;
    if (listening.has(k)) {
        return -Errno.EADDRINUSE;
    }
    const server = net.createServer({ allowHalfOpen: true }, (socket) => accept(new NetStream(socket)));
    let failed: NodeJS.ErrnoException | null = null;
    server.on("error", (e: NodeJS.ErrnoException) => {
        if (failed === null) {
            // listen is asynchronous for a specific address: a port another process holds is only known now
            process.nextTick(() => {
                throw new Error(`riotscript: TCP listen on port ${port}: ${e.code ?? e.message}`);
            });
        }
    });
    const anyAddr = addr.subarray(0, family === AF.INET ? 4 : 16).every((b) => b === 0);
    if (anyAddr && family === AF.INET6) {
        // without a host, node:net binds and listens at once (on ::), as RIOT's listen does
        server.listen({ port, ipv6Only: true, exclusive: true });
        if (server.address() === null) {
            failed = new Error("EADDRINUSE");
            server.close();
            return -Errno.EADDRINUSE;
        }
    } else {
        server.listen({ port, host: addrToString(family, addr), ipv6Only: family === AF.INET6, exclusive: true });
    }
    listening.add(k);
    const listener = {
        port,
        close(): void {
            listening.delete(k);
            openTcp.delete(listener);
            server.close();
        },
    };
    openTcp.add(listener);
    return listener;
}

// --- connections the firmware opens: in the worker ---------------------------------------

/** The worker: plain JavaScript, so it runs the same from the sources (Jest) and from dist. */
const WORKER = `
const net = require("node:net");
const { parentPort, workerData } = require("node:worker_threads");
const { reply, flag } = workerData;
const socks = new Map();
function answer(msg) {
    reply.postMessage(msg);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
}
parentPort.on("message", (m) => {
    if (m.op === "connect") {
        const opts = { host: m.host, port: m.port, allowHalfOpen: true };
        if (m.localPort !== 0) { opts.localPort = m.localPort; }
        const s = net.connect(opts);
        let up = false;
        s.on("connect", () => {
            up = true;
            socks.set(m.id, s);
            answer({ id: m.id, ok: true, local: [s.localAddress, s.localPort], remote: [s.remoteAddress, s.remotePort] });
        });
        s.on("data", (b) => parentPort.postMessage({ id: m.id, ev: "data", bytes: new Uint8Array(b) }));
        s.on("end", () => parentPort.postMessage({ id: m.id, ev: "fin" }));
        s.on("error", (e) => {
            if (!up) { answer({ id: m.id, ok: false, code: e.code }); }
            else { parentPort.postMessage({ id: m.id, ev: "error", code: e.code }); }
        });
        s.on("close", () => socks.delete(m.id));
    } else if (m.op === "write") {
        const s = socks.get(m.id);
        if (s) { s.write(m.bytes); }
    } else if (m.op === "close") {
        const s = socks.get(m.id);
        if (s) { s.destroySoon(); }
    }
});
`;

interface Conn {
    stream: WorkerStream;
}

let worker: Worker | null = null;
let reply: MessagePort;
let flag: Int32Array;
let nextId = 1;
const conns = new Map<number, Conn>();

function startWorker(): Worker {
    if (worker !== null) {
        return worker;
    }
    const channel = new MessageChannel();
    reply = channel.port1;
    flag = new Int32Array(new SharedArrayBuffer(4));
    const w = new Worker(WORKER, { eval: true, workerData: { reply: channel.port2, flag }, transferList: [channel.port2] });
    w.on("message", (m: { id: number; ev: string; bytes?: Uint8Array; code?: string }) => {
        const c = conns.get(m.id);
        if (c === undefined) {
            return;
        }
        if (m.ev === "data") {
            c.stream.arrive(m.bytes as Uint8Array);
        } else if (m.ev === "fin") {
            c.stream.finArrives();
        } else {
            c.stream.failed(errnoOf(m.code));
        }
    });
    w.unref(); // after the listener: the firmware's own handles keep the process alive, not this thread
    reply.unref();
    worker = w;
    return w;
}

class WorkerStream extends BufferedTcpStream {
    private gone = 0;
    private closed = false;

    constructor(private readonly id: number, readonly local: StackAddr, readonly remote: StackAddr) {
        super();
        openTcp.add(this);
    }

    write(data: Uint8Array): number {
        if (this.gone !== 0) {
            return this.gone;
        }
        if (this.closed) {
            return -Errno.ENOTCONN;
        }
        worker?.postMessage({ op: "write", id: this.id, bytes: data });
        return data.length;
    }

    close(): void {
        if (!this.closed) {
            this.closed = true;
            openTcp.delete(this);
            worker?.postMessage({ op: "close", id: this.id });
            conns.delete(this.id);
            if (conns.size === 0) {
                worker?.unref(); // no connection left to keep the firmware alive
            }
        }
    }

    arrive(bytes: Uint8Array): void {
        this.emitData(bytes);
    }

    finArrives(): void {
        this.emitFin();
    }

    failed(errno: number): void {
        this.gone = errno;
        this.emitError(errno);
    }
}

/** How long a connect may block before it gives up with -ETIMEDOUT. */
const CONNECT_TIMEOUT_MS = 30_000;

export function tcpConnect(family: AF, addr: Uint8Array, port: number, localPort: number): TcpStream | number {
    const w = startWorker();
    const id = nextId++;
    Atomics.store(flag, 0, 0);
    w.postMessage({ op: "connect", id, host: addrToString(family, addr), port, localPort });
    if (Atomics.wait(flag, 0, 0, CONNECT_TIMEOUT_MS) === "timed-out") {
        w.postMessage({ op: "close", id });
        return -Errno.ETIMEDOUT;
    }
    type Answer = { id: number; ok: boolean; code?: string; local?: [string, number]; remote?: [string, number] };
    let got: Answer | undefined;
    do { // skip the late answer of an earlier connect that timed out
        got = receiveMessageOnPort(reply)?.message as Answer | undefined;
    } while (got !== undefined && got.id !== id);
    if (got === undefined || !got.ok) {
        return errnoOf(got?.code);
    }
    const stream = new WorkerStream(id, stackAddr(...(got.local as [string, number])),
        stackAddr(...(got.remote as [string, number])));
    conns.set(id, { stream });
    w.ref(); // an open connection keeps the firmware running, as a socket of this thread would
    return stream;
}

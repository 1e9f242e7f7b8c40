/**
 * The seam between the firmware API and whatever runs it in Node.
 *
 * The API classes implement RIOT's semantics (queues, flag coalescing, mailboxes) in plain
 * TypeScript. What differs between "real loopback sockets" and "the simulated network" is
 * only the transport and the scheduler, which a backend installs here. None of this is
 * part of the firmware API: the compiler rejects any use of it.
 * Not part of the firmware API.
 * @packageDocumentation
 */
import { AF } from "./sock";

/** A datagram as a transport hands it to a sock. */
export interface Datagram {
    data: Uint8Array;
    family: AF;
    /** 16 bytes; IPv4 uses the first 4. */
    addr: Uint8Array;
    port: number;
    netif: number;
}

/** One bound UDP transport endpoint. */
export interface UdpTransport {
    /** Port the transport is bound to (resolved when an ephemeral port was asked for). */
    readonly port: number;
    send(data: Uint8Array, family: AF, addr: Uint8Array, port: number): number;
    close(): void;
}

/** One raw IP transport: a protocol number on an address. */
export interface IpTransport {
    send(data: Uint8Array, family: AF, addr: Uint8Array): number;
    close(): void;
}

/** An address as the stack reports it: family, 16 bytes (IPv4 uses the first 4), port. */
export interface StackAddr {
    readonly family: AF;
    readonly addr: Uint8Array;
    readonly port: number;
}

/** Where a TCP connection delivers what arrives. */
export interface TcpSink {
    data(bytes: Uint8Array): void;
    /** The peer closed its sending side (FIN). */
    fin(): void;
    /** The connection failed (reset, aborted): a negative errno. */
    error(errno: number): void;
}

/** One TCP connection, as a transport hands it to a sock. */
export interface TcpStream {
    readonly local: StackAddr;
    readonly remote: StackAddr;
    /** Sets the sink; what arrived before is delivered to it at once, in order. */
    attach(sink: TcpSink): void;
    /** Queues bytes for sending: their count, or a negative errno if the connection is gone. */
    write(data: Uint8Array): number;
    /** Closes: an orderly close (FIN) if the connection is alive, and releases it. */
    close(): void;
}

/** A listening TCP endpoint. */
export interface TcpListener {
    readonly port: number;
    close(): void;
}

/**
 * A TcpStream that holds what arrives until a sink is attached: the connection exists
 * (in the listen backlog) before the firmware accepts it.
 */
export abstract class BufferedTcpStream implements TcpStream {
    abstract readonly local: StackAddr;
    abstract readonly remote: StackAddr;
    private sink: TcpSink | null = null;
    private held: (() => void)[] = [];

    attach(sink: TcpSink): void {
        this.sink = sink;
        for (const deliver of this.held.splice(0)) {
            deliver();
        }
    }

    abstract write(data: Uint8Array): number;
    abstract close(): void;

    protected emitData(bytes: Uint8Array): void {
        this.emit(() => this.sink?.data(bytes));
    }

    protected emitFin(): void {
        this.emit(() => this.sink?.fin());
    }

    protected emitError(errno: number): void {
        this.emit(() => this.sink?.error(errno));
    }

    private emit(deliver: () => void): void {
        if (this.sink === null) {
            this.held.push(deliver);
        } else {
            deliver();
        }
    }
}

/** What a backend provides. */
export interface Backend {
    /** Runs `fn` soon, after the current handler returns (the queue thread's next turn). */
    defer(fn: () => void): void;
    /** Reports an exception thrown by a handler, or a fault such as an out-of-range access. */
    fault(error: unknown): void;
    /** Milliseconds since some fixed start: real time, or the test's virtual clock. */
    now(): number;
    /** Blocks for `ms` milliseconds (real, or the virtual clock jumps): events due meanwhile wait. */
    sleep(ms: number): void;
    /** Calls `fn` after `ms` milliseconds (in the queue's world: from the "timer interrupt"). */
    setTimer(ms: number, fn: () => void): { cancel(): void };
    /** Milliseconds of real time one handler may run (the test runtime's endless-loop guard). */
    readonly handlerBudgetMs?: number;
    /** Binds a UDP transport. Returns a negative errno on failure. */
    bindUdp(family: AF, addr: Uint8Array, port: number,
            deliver: (dgram: Datagram) => void): UdpTransport | number;
    /**
     * Opens a raw IP transport for protocol `proto` on `addr` (all zero: any). Datagrams
     * arrive with port 0. A negative errno on failure (`-EPERM` without the privilege).
     */
    bindIp(family: AF, addr: Uint8Array, proto: number, deliver: (dgram: Datagram) => void): IpTransport | number;
    /**
     * Listens for TCP connections; `accept` gets each new one. A negative errno on failure
     * (`-EADDRINUSE`).
     */
    tcpListen(family: AF, addr: Uint8Array, port: number,
              accept: (stream: TcpStream) => void): TcpListener | number;
    /**
     * Opens a TCP connection and returns once it is established, as RIOT's blocking
     * `sock_tcp_connect` does: the stream, or a negative errno (`-ECONNREFUSED`, ...).
     */
    tcpConnect(family: AF, addr: Uint8Array, port: number, localPort: number): TcpStream | number;
}

/**
 * Where the runtime keeps state that every copy of its modules must share: a test framework
 * may load the firmware (and with it a second copy of this module) in a fresh module
 * registry, and both must see the backend the test installed. `process` outlives Jest's
 * per-file clean-up of globals; without Node, globalThis serves.
 */
export const shared = ((globalThis as unknown as { process?: object }).process ?? globalThis) as unknown as
    Record<symbol, unknown>;

const KEY = Symbol.for("riotscript.backend");
const slot = shared as Record<symbol, Backend | null | undefined>;

/** Installs the backend the API runs on; returns the one it replaces. */
export function installBackend(backend: Backend | null): Backend | null {
    const previous = slot[KEY] ?? null;
    slot[KEY] = backend;
    return previous;
}

/** True once a backend has been installed. */
export function backendInstalled(): boolean {
    return (slot[KEY] ?? null) !== null;
}

/** The installed backend; a clear error if none is. */
export function backend(): Backend {
    const current = slot[KEY] ?? null;
    if (current === null) {
        throw new Error("riotscript: no runtime backend installed; import the firmware through "
            + "'riotscript' (which installs the Node backend) or riotscript/testing");
    }
    return current;
}

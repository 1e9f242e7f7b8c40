/**
 * The seam between the firmware API and whatever runs it in Node.
 *
 * The API classes implement RIOT's semantics (queues, flag coalescing, mailboxes) in plain
 * TypeScript. What differs between "real loopback sockets" and "the simulated network" is
 * only the transport and the scheduler, which a backend installs here. None of this is
 * part of the firmware API: the compiler rejects any use of it.
 * @internal
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

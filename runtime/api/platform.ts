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
    /** Binds a UDP transport. Returns a negative errno on failure. */
    bindUdp(family: AF, addr: Uint8Array, port: number,
            deliver: (dgram: Datagram) => void): UdpTransport | number;
}

let current: Backend | null = null;

/** Installs the backend the API runs on. */
export function installBackend(backend: Backend): Backend | null {
    const previous = current;
    current = backend;
    return previous;
}

/** True once a backend has been installed. */
export function backendInstalled(): boolean {
    return current !== null;
}

/** The installed backend; a clear error if none is. */
export function backend(): Backend {
    if (current === null) {
        throw new Error("riotscript: no runtime backend installed; import the firmware through "
            + "'riotscript' (which installs the Node backend) or riotscript/testing");
    }
    return current;
}

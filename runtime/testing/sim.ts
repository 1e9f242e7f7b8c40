/**
 * A simulated network for firmware under test: in memory, deterministic, with a virtual
 * clock. The firmware sees it as the runtime's backend (runtime/api/platform.ts); tests see
 * peers on other hosts that send and receive datagrams. Nothing happens until the test
 * waits: `advance(ms)` runs the scheduled events (handler turns, deliveries) in time order,
 * instantly. Optional loss, duplication, reordering and delay, drawn from a seeded generator,
 * test retry logic the same way every run.
 */
import { parseIpv4, parseIpv6 } from "../api/addr";
import { Errno } from "../api/errno";
import { Backend, BufferedTcpStream, Datagram, IpTransport, StackAddr, TcpListener, TcpStream, UdpTransport } from "../api/platform";
import { AF } from "../api/sock";

export interface LinkOptions {
    /** One-way delay in virtual milliseconds (default 1). */
    readonly latencyMs?: number;
    /** Extra delay drawn uniformly from 0..jitterMs, which also reorders (default 0). */
    readonly jitterMs?: number;
    /** Probability that a datagram is lost (default 0). */
    readonly loss?: number;
    /** Probability that a datagram arrives twice (default 0). */
    readonly duplicate?: number;
}

export interface SimOptions extends LinkOptions {
    /**
     * The network stack the firmware would be built with (boot picks it as the board build
     * does: lwIP for TCP events, else GNRC). With GNRC, a datagram the firmware sends to
     * itself is taken in at once, before the next handler (FACTS trap 11).
     */
    readonly stack?: "gnrc" | "lwip";
    /** Seed of the generator behind loss, duplication and jitter (default 1). */
    readonly seed?: number;
    /** The firmware's addresses (defaults 2001:db8::1 and 192.0.2.1). */
    readonly ipv6?: string;
    readonly ipv4?: string;
    /** Real milliseconds one handler may run before it is stopped as an endless loop (default 2000). */
    readonly handlerBudgetMs?: number;
}

interface Scheduled {
    readonly at: number;
    readonly seq: number;
    readonly run: () => void;
}

/** An address as riotscript's runtime holds it: family and 16 bytes. */
export interface SimAddress {
    readonly family: AF;
    readonly bytes: Uint8Array;
    readonly text: string;
}

export function simAddress(text: string): SimAddress {
    const bytes = new Uint8Array(16);
    if (!text.includes(":") && parseIpv4(text, bytes)) {
        return { family: AF.INET, bytes, text };
    }
    if (parseIpv6(text, bytes)) {
        return { family: AF.INET6, bytes, text };
    }
    throw new Error(`riotscript/testing: '${text}' is not an IPv4 or IPv6 address`);
}

function key(family: AF, bytes: Uint8Array, port: number): string {
    const n = family === AF.INET ? 4 : 16;
    return `${family}/${Array.from(bytes.subarray(0, n)).join(".")}/${port}`;
}

function isLoopback(family: AF, a: Uint8Array): boolean {
    return family === AF.INET6 ? a.subarray(0, 15).every((b) => b === 0) && a[15] === 1 : a[0] === 127;
}

function anyKey(family: AF, port: number): string {
    return `${family}/any/${port}`;
}

/** A bound endpoint in the simulation: the firmware's socks and the test's peers alike. */
interface Endpoint {
    readonly family: AF;
    readonly port: number;
    /** One of the firmware's socks (not a test peer's). */
    readonly firmware?: boolean;
    deliver(d: Datagram): void;
}

/**
 * One end of a simulated TCP connection: reliable and in order, each segment one link
 * latency late. Closing sends a FIN; data that reaches a closed end is answered with a
 * reset, as a real stack does.
 */
export class SimTcpEnd extends BufferedTcpStream {
    peer: SimTcpEnd | null = null;
    /** This end sent its FIN (it may still receive). */
    finSent = false;
    /** This end is gone: what arrives is answered with a reset. */
    closed = false;
    /** The connection was reset (from either side). */
    reset = false;

    constructor(private readonly sim: Simulation, readonly local: StackAddr, readonly remote: StackAddr) {
        super();
    }

    write(data: Uint8Array): number {
        if (this.reset) {
            return -Errno.ECONNRESET;
        }
        if (this.closed || this.finSent) {
            return -Errno.ENOTCONN;
        }
        const bytes = data.slice();
        this.sim.later(() => this.peer?.arrive(bytes));
        return data.length;
    }

    /** Half-close: sends a FIN and keeps receiving. */
    shutdown(): void {
        if (this.finSent || this.reset) {
            return;
        }
        this.finSent = true;
        this.sim.later(() => this.peer?.finArrives());
    }

    close(): void {
        this.shutdown();
        this.closed = true;
    }

    /** Drops the connection with a reset (RST). */
    abort(): void {
        if (this.reset) {
            return;
        }
        this.closed = true;
        this.reset = true;
        this.sim.later(() => this.peer?.resetArrives());
    }

    private arrive(bytes: Uint8Array): void {
        if (this.reset) {
            return;
        }
        if (this.closed) {
            this.abort();
            return;
        }
        this.emitData(bytes);
    }

    private finArrives(): void {
        if (!this.reset && !this.closed) {
            this.emitFin();
        }
    }

    private resetArrives(): void {
        if (this.reset) {
            return;
        }
        this.reset = true;
        if (!this.closed) {
            this.emitError(-Errno.ECONNRESET);
        }
        this.closed = true;
    }
}

/** xorshift32 in [0, 1) from a seed: the simulation's only source of chance, and the host target's loss. */
export class Xorshift32 {
    private x: number;

    constructor(seed: number) {
        this.x = (seed >>> 0) || 1;
    }

    next(): number {
        let x = this.x;
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        this.x = x >>> 0;
        return this.x / 2 ** 32;
    }
}

/** The network, the clock and the scheduler. Install it as the backend before booting. */
export class Simulation implements Backend {
    /** Virtual time in milliseconds since the simulation started. */
    private clock = 0;

    now(): number {
        return this.clock;
    }
    readonly faults: unknown[] = [];
    readonly handlerBudgetMs: number;
    readonly firmware: { readonly ipv6: SimAddress; readonly ipv4: SimAddress };
    /** Datagrams handed to the network, and how many of them were lost. */
    sent = 0;
    lost = 0;
    private readonly queue: Scheduled[] = [];
    private seq = 0;
    private readonly rand: Xorshift32;
    private readonly bound = new Map<string, Endpoint>();
    private readonly listeners = new Map<string, (end: SimTcpEnd) => void>();
    /** Raw IP endpoints: every one bound to a protocol on an address sees what is sent there. */
    private readonly raw = new Set<{ family: AF; addr: Uint8Array; proto: number; deliver: (d: Datagram) => void }>();
    private nextEphemeral = 49152;
    link: LinkOptions;
    readonly stack: "gnrc" | "lwip";

    constructor(options: SimOptions = {}) {
        this.rand = new Xorshift32(options.seed ?? 1);
        this.link = options;
        this.stack = options.stack ?? "gnrc";
        this.handlerBudgetMs = options.handlerBudgetMs ?? 2000;
        this.firmware = { ipv6: simAddress(options.ipv6 ?? "2001:db8::1"), ipv4: simAddress(options.ipv4 ?? "192.0.2.1") };
    }

    /** xorshift32 in [0, 1): the only source of chance, so a seed replays a run. */
    random(): number {
        return this.rand.next();
    }

    /** Runs `fn` at virtual time `at` (after everything already due then). */
    schedule(at: number, run: () => void): void {
        const item = { at, seq: this.seq++, run };
        let i = this.queue.length;
        while (i > 0 && (this.queue[i - 1].at > at || (this.queue[i - 1].at === at && this.queue[i - 1].seq > item.seq))) {
            i--;
        }
        this.queue.splice(i, 0, item);
    }

    // --- Backend ------------------------------------------------------------------------

    defer(fn: () => void): void {
        this.schedule(this.clock, fn);
    }

    sleep(ms: number): void {
        this.clock += ms; // what came due meanwhile runs once the sleeper's handler returns
    }

    setTimer(ms: number, fn: () => void): { cancel(): void } {
        let live = true;
        this.schedule(this.clock + ms, () => {
            if (live) {
                live = false;
                fn();
            }
        });
        return { cancel: () => { live = false; } };
    }

    fault(error: unknown): void {
        this.faults.push(error);
    }

    bindUdp(family: AF, addr: Uint8Array, port: number, deliver: (d: Datagram) => void): UdpTransport | number {
        const own = this.ownAddress(family, addr);
        if (typeof own === "number") {
            return own;
        }
        const chosen = port === 0 ? this.ephemeral(family, own) : port;
        const k = key(family, own.bytes, chosen);
        if (this.bound.has(k)) {
            return -Errno.EADDRINUSE;
        }
        const ep: Endpoint = { family, port: chosen, firmware: true, deliver };
        this.bound.set(k, ep);
        const sim = this;
        return {
            port: chosen,
            send(data: Uint8Array, toFamily: AF, toAddr: Uint8Array, toPort: number): number {
                sim.transmit({ data: data.slice(), family, addr: own.bytes, port: chosen, netif: 0 }, toFamily, toAddr, toPort, true);
                return data.length;
            },
            close(): void {
                if (sim.bound.get(k) === ep) {
                    sim.bound.delete(k);
                }
            },
        };
    }

    bindIp(family: AF, addr: Uint8Array, proto: number, deliver: (d: Datagram) => void): IpTransport | number {
        const own = this.ownAddress(family, addr);
        if (typeof own === "number") {
            return own;
        }
        return this.bindRaw(own, proto, deliver);
    }

    /** Binds a raw IP endpoint at `at` for `proto`: the firmware's socks and the test's peers. */
    bindRaw(at: SimAddress, proto: number, deliver: (d: Datagram) => void): IpTransport {
        const ep = { family: at.family, addr: at.bytes, proto, deliver };
        this.raw.add(ep);
        return {
            send: (data, toFamily, toAddr) => {
                this.transmitIp({ data: data.slice(), family: at.family, addr: at.bytes, port: 0, netif: 0 }, toFamily, toAddr, proto);
                return data.length;
            },
            close: () => { this.raw.delete(ep); },
        };
    }

    /** Puts a raw IP datagram on the link (loss, delay and duplication as for UDP). */
    transmitIp(d: Datagram, toFamily: AF, toAddr: Uint8Array, proto: number): void {
        this.carry(() => {
            for (const ep of this.raw) {
                if (ep.proto === proto && ep.family === toFamily && key(toFamily, toAddr, 0) === key(ep.family, ep.addr, 0)) {
                    ep.deliver({ ...d, data: d.data.slice() });
                }
            }
        });
    }

    tcpListen(family: AF, addr: Uint8Array, port: number, accept: (s: TcpStream) => void): TcpListener | number {
        const own = this.ownAddress(family, addr);
        if (typeof own === "number") {
            return own;
        }
        return this.listenAt(own, port, accept);
    }

    tcpConnect(family: AF, addr: Uint8Array, port: number, localPort: number): TcpStream | number {
        const own = this.ownAddress(family, new Uint8Array(16));
        if (typeof own === "number") {
            return own;
        }
        const res = this.connectFrom(own, localPort, { family, bytes: addr, text: "" }, port);
        if (typeof res !== "number") {
            this.clock += 2 * (this.link.latencyMs ?? 1); // the handshake's round trip, spent blocked
        }
        return res;
    }

    // --- the network ----------------------------------------------------------------------

    /** The firmware's address a sock binds to (`addr` all zero: any), or the errno RIOT gives. */
    private ownAddress(family: AF, addr: Uint8Array): SimAddress | number {
        if (family !== AF.INET6 && family !== AF.INET) {
            return -Errno.EAFNOSUPPORT;
        }
        const own = family === AF.INET6 ? this.firmware.ipv6 : this.firmware.ipv4;
        const anyAddr = addr.subarray(0, family === AF.INET ? 4 : 16).every((b) => b === 0);
        if (!anyAddr && key(family, addr, 0) !== key(family, own.bytes, 0)) {
            return -Errno.EADDRNOTAVAIL;
        }
        return own;
    }

    /** Listens for TCP connections at `at`: the firmware's listen queues and the test's servers. */
    listenAt(at: SimAddress, port: number, accept: (end: SimTcpEnd) => void): TcpListener | number {
        const k = `tcp/${key(at.family, at.bytes, port)}`;
        if (this.listeners.has(k)) {
            return -Errno.EADDRINUSE;
        }
        this.listeners.set(k, accept);
        return { port, close: () => { this.listeners.delete(k); } };
    }

    /**
     * Opens a connection from `from` (port 0: ephemeral) to a listener: the connecting end,
     * or -ECONNREFUSED. The listener hears of it one latency later.
     */
    connectFrom(from: SimAddress, fromPort: number, to: SimAddress, toPort: number): SimTcpEnd | number {
        const accept = this.listeners.get(`tcp/${key(to.family, to.bytes, toPort)}`);
        if (accept === undefined || from.family !== to.family) {
            return -Errno.ECONNREFUSED;
        }
        const port = fromPort === 0 ? this.ephemeral(from.family, from) : fromPort;
        const a = { family: from.family, addr: from.bytes.slice(), port };
        const b = { family: to.family, addr: to.bytes.slice(), port: toPort };
        const mine = new SimTcpEnd(this, a, b);
        const theirs = new SimTcpEnd(this, b, a);
        mine.peer = theirs;
        theirs.peer = mine;
        this.later(() => accept(theirs));
        return mine;
    }

    /** Runs `fn` one link latency from now (TCP segments: in order, never lost). */
    later(fn: () => void): void {
        this.schedule(this.clock + (this.link.latencyMs ?? 1), fn);
    }

    private ephemeral(family: AF, addr: SimAddress): number {
        for (;;) {
            const p = this.nextEphemeral;
            this.nextEphemeral = p === 65535 ? 49152 : p + 1;
            if (!this.bound.has(key(family, addr.bytes, p))) {
                return p;
            }
        }
    }

    /** Binds a peer endpoint (a test's socket) at `addr`. */
    bindPeer(addr: SimAddress, port: number, deliver: (d: Datagram) => void): { port: number; close(): void } {
        const chosen = port === 0 ? this.ephemeral(addr.family, addr) : port;
        const k = key(addr.family, addr.bytes, chosen);
        if (this.bound.has(k)) {
            throw new Error(`riotscript/testing: ${addr.text} port ${chosen} is already in use`);
        }
        const ep: Endpoint = { family: addr.family, port: chosen, deliver };
        this.bound.set(k, ep);
        return { port: chosen, close: () => { this.bound.delete(k); } };
    }

    /** Puts a datagram on the link: lost, delayed, maybe duplicated, then delivered. */
    transmit(d: Datagram, toFamily: AF, toAddr: Uint8Array, toPort: number, fromFirmware = false): void {
        if (fromFirmware && isLoopback(toFamily, toAddr)) {
            // ::1 (127.0.0.1) is the node itself
            toAddr = (toFamily === AF.INET6 ? this.firmware.ipv6 : this.firmware.ipv4).bytes;
        }
        const to = () => this.bound.get(key(toFamily, toAddr, toPort)) ?? this.bound.get(anyKey(toFamily, toPort));
        const self = to();
        if (fromFirmware && this.stack === "gnrc" && self?.firmware && self.family === toFamily) {
            // GNRC loops it back inside the node and takes it in before the next handler
            self.deliver({ ...d, data: d.data.slice() });
            return;
        }
        this.carry(() => {
            const ep = to();
            if (ep && ep.family === toFamily) {
                ep.deliver({ ...d, data: d.data.slice() });
            }
        });
    }

    /** One datagram on the link: maybe lost, maybe twice, each copy delayed; `arrive` delivers a copy. */
    private carry(arrive: () => void): void {
        this.sent++;
        const copies = this.random() < (this.link.duplicate ?? 0) ? 2 : 1;
        for (let i = 0; i < copies; i++) {
            if (this.random() < (this.link.loss ?? 0)) {
                this.lost++;
                continue;
            }
            const delay = (this.link.latencyMs ?? 1) + (this.link.jitterMs ?? 0) * this.random();
            this.schedule(this.clock + delay, arrive);
        }
    }

    // --- time ---------------------------------------------------------------------------

    /** True if something is scheduled at or before `t`. */
    pending(t = this.clock): boolean {
        return this.queue.length > 0 && this.queue[0].at <= t;
    }

    /** Runs the next scheduled event if it is due by `until`; returns false when none is. */
    step(until: number): boolean {
        const next = this.queue[0];
        if (!next || next.at > until) {
            return false;
        }
        this.queue.shift();
        this.clock = Math.max(this.clock, next.at);
        next.run();
        return true;
    }

    /**
     * Runs `ms` virtual milliseconds of the firmware's life, instantly and in order. Between
     * events, promises the test is waiting on get to run, so `await` in a test sees each
     * step.
     */
    async advance(ms: number): Promise<void> {
        const until = this.clock + ms;
        for (;;) {
            await settle();
            if (!this.step(until)) {
                break;
            }
        }
        this.clock = until;
        await settle();
    }

    /** Runs events until `done()` holds or `ms` virtual milliseconds have passed. */
    async until(done: () => boolean, ms: number): Promise<boolean> {
        const until = this.clock + ms;
        for (;;) {
            await settle();
            if (done()) {
                return true;
            }
            if (!this.step(until)) {
                break;
            }
        }
        this.clock = Math.max(this.clock, until);
        await settle();
        return done();
    }
}

/** Lets promise callbacks that are ready run (a few turns of the microtask queue). */
async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
        await Promise.resolve();
    }
}

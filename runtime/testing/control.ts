/**
 * The harness's side of a host-target firmware's control channel (the host port's
 * host_control.c), a socket on the child's fd 3:
 *
 * - the virtual clock: `advance(ms)` runs the firmware's next `ms` milliseconds, its timers
 *   in order, and resolves once it is idle at the new time; `until(done, ms)` lets virtual
 *   time pass in small steps while the test waits for something, as the simulation's
 *   `until` does in Node;
 * - the port map: the firmware binds free ports of Linux's but sees the numbers of its
 *   source; `port()` says where one of them really is, `peer()` tells the firmware where a
 *   test peer it addresses by a fixed number really is, and `fwPort()` turns a real port
 *   back into the firmware's number.
 */
import type { Socket } from "node:net";

/** Virtual time one step of a wait lets pass; what a real network link would take, about. */
const STEP_MS = 5;
/**
 * A wait that has seen nothing arrive for this long in real time, and for QUIET_STEPS steps,
 * jumps to the firmware's next timer: nothing can happen before it unless a peer outside
 * this process (python's raw socket, openssl) is still on its way, and those take less.
 */
const QUIET_REAL_MS = 50;
const QUIET_STEPS = 20;

export type Proto = "u" | "t";

export class Control {
    private buffer = "";
    private readonly answers: ((line: string) => void)[] = [];
    private chain: Promise<unknown> = Promise.resolve();
    private readonly real = new Map<string, number>();
    private readonly back = new Map<string, number>();
    private closed = false;
    /** Resolves when the firmware has said hello (the channel is up). */
    readonly ready: Promise<void>;
    /** The firmware's virtual time, in ms, as of the last answer. */
    now = 0;
    /** When the firmware's next timer is due (ms, virtual), or -1: as of the last answer. */
    next = -1;
    /** Real time (Date.now) when something last arrived from the firmware. */
    lastArrival = 0;

    constructor(private readonly socket: Socket) {
        let hello: () => void = () => undefined;
        this.ready = new Promise((resolve) => { hello = resolve; });
        socket.setEncoding("utf8");
        socket.on("data", (d: string) => {
            this.buffer += d;
            for (let i = this.buffer.indexOf("\n"); i >= 0; i = this.buffer.indexOf("\n")) {
                const line = this.buffer.slice(0, i);
                this.buffer = this.buffer.slice(i + 1);
                if (line === "hello") {
                    hello();
                } else {
                    this.answers.shift()?.(line);
                }
            }
        });
        const gone = () => {
            this.closed = true;
            this.answers.splice(0).forEach((a) => a(""));
        };
        socket.on("close", gone);
        socket.on("error", gone);
    }

    /** Sends one command and waits for its answer ("" if the firmware is gone). */
    private command(line: string): Promise<string> {
        const next = this.chain.then(() => new Promise<string>((resolve) => {
            if (this.closed) {
                resolve("");
                return;
            }
            this.answers.push(resolve);
            this.socket.write(`${line}\n`);
        }));
        this.chain = next;
        return next;
    }

    /** Runs `ms` milliseconds of the firmware's time; then lets this side's I/O catch up. */
    async advance(ms: number): Promise<void> {
        const answer = await this.command(`advance ${Math.max(0, Math.round(ms))}`);
        const m = /^advanced (\d+) (-1|\d+)$/.exec(answer);
        if (m) {
            this.now = Number(m[1]);
            this.next = Number(m[2]);
        }
        await ioTurn();
    }

    /**
     * Waits until `done()` holds or `ms` of the firmware's time have passed, in steps of
     * STEP_MS; each step also takes a little real time, for peers outside this process.
     */
    async until(done: () => boolean, ms: number): Promise<boolean> {
        let left = ms;
        let quiet = 0;
        this.lastArrival = Date.now();
        for (;;) {
            await ioTurn();
            if (done() || this.closed) {
                return done();
            }
            if (left <= 0) {
                return false;
            }
            let step = Math.min(STEP_MS, left);
            quiet = Date.now() - this.lastArrival >= QUIET_REAL_MS ? quiet + 1 : 0;
            if (quiet >= QUIET_STEPS) {
                // idle on both sides: straight to the firmware's next timer, or to the end of the wait
                step = this.next < 0 ? left : Math.min(left, Math.max(STEP_MS, this.next - this.now));
            }
            await this.advance(step);
            left -= step;
            await new Promise((r) => setTimeout(r, 1));
        }
    }

    /** Linux's port where the firmware bound its `port` (0: it has not). */
    async port(proto: Proto, port: number): Promise<number> {
        const known = this.real.get(`${proto}${port}`);
        if (known !== undefined) {
            return known;
        }
        const m = /^port [ut] \d+ (\d+)$/.exec(await this.command(`port ${proto} ${port}`));
        const real = m ? Number(m[1]) : 0;
        if (real !== 0) {
            this.real.set(`${proto}${port}`, real);
            this.back.set(`${proto}${real}`, port);
        }
        return real;
    }

    /** The firmware's number for Linux's port `real` (one it sent from). */
    async fwPort(proto: Proto, real: number): Promise<number> {
        const known = this.back.get(`${proto}${real}`);
        if (known !== undefined) {
            return known;
        }
        const m = /^real [ut] \d+ (\d+)$/.exec(await this.command(`real ${proto} ${real}`));
        const port = m ? Number(m[1]) : real;
        if (port !== real) {
            this.back.set(`${proto}${real}`, port); // an unmapped (ephemeral) port may be reused: not kept
        }
        return port;
    }

    /** Stops the firmware at the top of its event loop until `go()`. */
    async hold(): Promise<void> {
        await this.command("hold");
    }

    async go(): Promise<void> {
        await this.command("go");
        await ioTurn();
    }

    /** Tells the firmware that the test peer it knows as `port` is at Linux's `real`. */
    async peer(proto: Proto, port: number, real: number): Promise<void> {
        await this.command(`peer ${proto} ${port} ${real}`);
    }
}

/** Lets I/O that is already in this process's sockets be read (two turns of the event loop). */
async function ioTurn(): Promise<void> {
    for (let i = 0; i < 2; i++) {
        await new Promise((r) => setImmediate(r));
    }
}

/**
 * Firmware in an emulator: RIOT's micro:bit build in `qemu-system-arm -machine microbit`.
 *
 * - The UART is a unix socket QEMU waits on (so no early output is lost), read here.
 * - The emulated build exits through semihosting (app.ts, EMULATOR_SUPPORT_C): main's
 *   return value is QEMU's exit status, a panic is 70 with its message, a hard fault 134.
 * - A program with sockets talks ethos on the UART. As root, RIOT's ethos tool bridges it to
 *   a tap interface in a network namespace riotscript creates (BOARDS.md §3), and the node
 *   has a fixed address; without root, the text frames are decoded here and there is no
 *   network.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { EMULATED_HOST_ADDR, EMULATED_NODE_ADDR } from "./app";
import { onPath } from "./make";

/** The boards riotscript can emulate, and QEMU's machine for each. */
export const QEMU_MACHINES: Readonly<Record<string, string>> = { microbit: "microbit" };

export interface EmulatorOptions {
    readonly board: string;
    readonly elf: string;
    /** The firmware talks ethos on its UART (it has sockets). */
    readonly ethos: boolean;
    /** Bridge ethos to a tap in this network namespace (created here, root only). */
    readonly netns?: string;
    /** Or to this tap interface in the current namespace (created by `createTap`). */
    readonly tap?: string;
    /** RIOT's ethos tool, built for this machine (see `buildEthos`). */
    readonly ethosTool?: string;
    /** Wait for gdb on this TCP port before the first instruction. */
    readonly gdbPort?: number;
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    /** Kill the emulation after this long (tests); otherwise it runs until it exits or Ctrl-C. */
    readonly timeoutMs?: number;
    /** Called once the node is up (and, with a network, reachable). */
    readonly onReady?: (info: { netns?: string; tap?: string; address?: string }) => void;
    readonly env: NodeJS.ProcessEnv;
    /** Stops the emulation (as Ctrl-C does). */
    readonly signal?: AbortSignal;
    /** The command line the firmware reads through semihosting (SYS_GET_CMDLINE). */
    readonly args?: readonly string[];
}

export interface EmulatorResult {
    /** The firmware's exit status (main's return; 70 after a panic), 130 after Ctrl-C. */
    readonly status: number;
    readonly stdout: string;
    readonly fault?: string;
    readonly timedOut?: boolean;
}

/** Decodes ethos's framing on the UART: text frames are stdout, Ethernet frames are dropped. */
export class EthosText {
    private type = 0;
    private escaped = false;
    private atStart = true;

    constructor(private readonly text: (s: string) => void) {}

    push(data: Buffer): void {
        let out = "";
        for (const byte of data) {
            if (byte === 0x7e) {
                this.type = 0;
                this.atStart = true;
                this.escaped = false;
                continue;
            }
            if (byte === 0x7d) {
                this.escaped = true;
                continue;
            }
            let b = byte;
            if (this.escaped) {
                this.escaped = false;
                b ^= 0x20;
                if (this.atStart && b >= 1 && b <= 3) {
                    this.type = b;
                    this.atStart = false;
                    continue;
                }
            }
            this.atStart = false;
            if (this.type === 1) {
                out += String.fromCharCode(b);
            }
        }
        if (out !== "") {
            this.text(out);
        }
    }
}

/**
 * Frames from the host to the node, one at a time, at the pace of a 115200-baud UART (87 us
 * a byte, at least 5 ms a frame). QEMU's UART is infinitely fast, and RIOT's ethos driver
 * takes one frame per receive event: two frames that arrive before its thread runs share
 * one event, and from then on every frame is handled one frame late (measured: each UDP
 * echo came back only when the next datagram arrived). A real UART's pace avoids that.
 */
export class FramePacer {
    private state: 0 | 1 | 2 = 0; // between frames, in a frame, after an escape
    private current: number[] = [];
    private readonly queue: Buffer[] = [];
    private busy = false;

    constructor(private readonly write: (frame: Buffer) => void) {}

    push(data: Buffer): void {
        for (const b of data) {
            this.current.push(b);
            if (this.state === 0) {
                if (b === 0x7e) {
                    this.state = 1;
                } else {
                    this.current = [];
                }
            } else if (this.state === 1) {
                if (b === 0x7d) {
                    this.state = 2;
                } else if (b === 0x7e) {
                    if (this.current.length > 2) {
                        this.queue.push(Buffer.from(this.current));
                        this.current = [];
                        this.state = 0;
                    } else {
                        this.current = [0x7e]; // an empty frame: ethos resynchronises on it
                    }
                }
            } else {
                this.state = 1;
            }
        }
        this.next();
    }

    private next(): void {
        if (this.busy || this.queue.length === 0) {
            return;
        }
        const frame = this.queue.shift() as Buffer;
        this.busy = true;
        this.write(frame);
        setTimeout(() => {
            this.busy = false;
            this.next();
        }, Math.max(5, Math.ceil(frame.length * 0.087)));
    }
}

/**
 * Splits the UART's text into the program's output and a fault: a panic's message (the
 * line after RIOT's panic marker), or a hard fault (RIOT's register dump, which follows
 * its own marker). What comes after a marker goes to stderr.
 */
export class PanicSplitter {
    private static readonly MARKERS = ["*** RIOT kernel panic:\n", "Context before hardfault:"];
    private buffer = "";
    private fault: string | undefined;
    private inFault: "panic" | "hardfault" | undefined;
    stdout = "";

    constructor(private readonly out: (s: string) => void, private readonly err: (s: string) => void) {}

    push(text: string): void {
        if (this.inFault) {
            this.faultText(text);
            return;
        }
        this.buffer += text;
        for (const [i, marker] of PanicSplitter.MARKERS.entries()) {
            const at = this.buffer.indexOf(marker);
            if (at >= 0) {
                this.emit(this.buffer.slice(0, at));
                const rest = this.buffer.slice(at);
                this.buffer = "";
                this.inFault = i === 0 ? "panic" : "hardfault";
                this.faultText(rest);
                return;
            }
        }
        // keep back what may be the start of a marker until its line is complete
        const nl = this.buffer.lastIndexOf("\n");
        const tail = this.buffer.slice(nl + 1);
        const maybe = PanicSplitter.MARKERS.some((m) => m.startsWith(tail) && tail !== "");
        this.emit(maybe ? this.buffer.slice(0, nl + 1) : this.buffer);
        this.buffer = maybe ? tail : "";
    }

    private faultBuffer = "";

    private faultText(text: string): void {
        this.err(text);
        this.faultBuffer += text;
        if (this.fault === undefined) {
            if (this.inFault === "hardfault") {
                this.fault = "HARD FAULT";
            } else {
                const m = /^\*\*\* RIOT kernel panic:\n(.*)\n/.exec(this.faultBuffer);
                if (m) {
                    this.fault = m[1];
                }
            }
        }
    }

    /** A fault QEMU itself reported (a lockup: a fault inside the fault handler). */
    qemuFault(message: string): void {
        if (this.fault === undefined || this.fault === "HARD FAULT") {
            this.fault = message;
        }
    }

    finish(): string | undefined {
        if (!this.inFault) {
            this.emit(this.buffer);
        }
        this.buffer = "";
        return this.fault;
    }

    private emit(s: string): void {
        if (s !== "") {
            this.stdout += s;
            this.out(s);
        }
    }
}

/** What is missing to emulate, or undefined. */
export function emulatorMissing(env: NodeJS.ProcessEnv): { tool: string; install: string } | undefined {
    return onPath("qemu-system-arm", env) ? undefined : { tool: "qemu-system-arm", install: "apt-get install qemu-system-arm" };
}

/** Builds RIOT's ethos tool (dist/tools/ethos) into the cache, once. */
export function buildEthos(riotBase: string, cacheDir: string, env: NodeJS.ProcessEnv): string | { error: string } {
    const out = path.join(cacheDir, "tools", "ethos");
    const src = path.join(riotBase, "dist", "tools", "ethos", "ethos.c");
    if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= fs.statSync(src).mtimeMs) {
        return out;
    }
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const r = spawnSync(env.HOST_CC ?? "cc", ["-O2", "-Wall", src, "-o", out], { encoding: "utf8", env });
    if (r.status !== 0) {
        return { error: `could not build RIOT's ethos tool: ${(r.stderr || String(r.error)).split("\n")[0]}` };
    }
    return out;
}

function ip(args: string[]): string | undefined {
    const r = spawnSync("ip", args, { encoding: "utf8" });
    return r.status === 0 ? undefined : (r.stderr || String(r.error)).trim();
}

/** Runs `ip` with each step in turn; on the first failure, runs `undo` and says which step failed. */
function ipSteps(steps: readonly string[][], undo: string[]): string | undefined {
    for (const s of steps) {
        const err = ip(s);
        if (err !== undefined) {
            ip(undo);
            return `ip ${s.join(" ")}: ${err}`;
        }
    }
    return undefined;
}

/** A tap in the current namespace with the host side's addresses (for tests that talk to the node). */
export function createTap(name: string): string | undefined {
    return ipSteps([["tuntap", "add", name, "mode", "tap"], ["link", "set", name, "up"],
        ["addr", "add", "fe80::1/64", "dev", name, "nodad"], ["addr", "add", `${EMULATED_HOST_ADDR}/64`, "dev", name, "nodad"]],
    ["link", "del", name]);
}

export function deleteTap(name: string): void {
    ip(["link", "del", name]);
}

/** The namespace, a tap in it with the host side's addresses (BOARDS.md §3). */
export function createNetns(name: string): string | undefined {
    return ipSteps([["netns", "add", name], ["-n", name, "link", "set", "lo", "up"],
        ["-n", name, "tuntap", "add", "tap0", "mode", "tap"], ["-n", name, "link", "set", "tap0", "up"],
        ["-n", name, "addr", "add", "fe80::1/64", "dev", "tap0", "nodad"],
        ["-n", name, "addr", "add", `${EMULATED_HOST_ADDR}/64`, "dev", "tap0", "nodad"]], ["netns", "del", name]);
}

export function deleteNetns(name: string): void {
    ip(["netns", "del", name]);
}

/** True if this process may create network namespaces and tap interfaces. */
export function canMakeNetworks(env: NodeJS.ProcessEnv): boolean {
    return process.getuid?.() === 0 && onPath("ip", env) !== undefined;
}

async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
    const t0 = Date.now();
    while (!cond()) {
        if (Date.now() - t0 > ms) {
            return false;
        }
        await new Promise((r) => setTimeout(r, 20));
    }
    return true;
}

/**
 * Connects to QEMU's UART socket. The socket file exists from QEMU's bind(), a moment before
 * its listen(): a connection then is refused, and is tried again (a busy machine widens that
 * moment). Undefined if QEMU exits or 20 s pass first.
 */
async function connectUart(sock: string, gone: () => boolean): Promise<net.Socket | undefined> {
    const t0 = Date.now();
    while (!gone() && Date.now() - t0 < 20000) {
        const c = net.createConnection(sock);
        const ok = await new Promise<boolean>((resolve) => {
            c.once("connect", () => resolve(true));
            c.once("error", () => resolve(false));
        });
        if (ok) {
            return c;
        }
        c.destroy();
        await new Promise((r) => setTimeout(r, 20));
    }
    return undefined;
}

/** The first line of what QEMU printed that is not blank. */
function firstLine(text: string): string {
    return text.split("\n").find((l) => l.trim() !== "") ?? "no message";
}

/** Runs the firmware until it exits, the timeout passes, or Ctrl-C. */
export async function emulate(opts: EmulatorOptions): Promise<EmulatorResult | { error: string; missing?: string }> {
    const machine = QEMU_MACHINES[opts.board];
    if (!machine) {
        return { error: `riotscript cannot emulate ${opts.board}; it emulates ${Object.keys(QEMU_MACHINES).join(", ")}` };
    }
    const qemu = onPath("qemu-system-arm", opts.env);
    if (!qemu) {
        return { error: "qemu-system-arm was not found: apt-get install qemu-system-arm", missing: "qemu-system-arm" };
    }
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "riotscript-qemu-"));
    const sock = path.join(work, "uart.sock");
    const children: ChildProcess[] = [];
    const cleanups: (() => void)[] = [];
    let uartClosed: Promise<void> = Promise.resolve();
    const split = new PanicSplitter(opts.stdout, opts.stderr);
    let stopped = false;
    let timedOut = false;
    const args = ["-machine", machine, "-device", `loader,file=${opts.elf}`, "-display", "none", "-monitor", "none",
        "-nodefaults", "-semihosting-config", ["enable=on,target=native", ...(opts.args ?? []).map((a) => `arg=${a}`)].join(","), "-serial", `unix:${sock},server=on,wait=on`,
        ...(opts.gdbPort !== undefined ? ["-gdb", `tcp::${opts.gdbPort}`, "-S"] : [])];
    const q = spawn(qemu, args, { stdio: ["ignore", "ignore", "pipe"] });
    children.push(q);
    let qemuErr = "";
    q.stderr?.on("data", (d: Buffer) => { qemuErr += d.toString(); });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        q.on("close", (code, signal) => resolve({ code, signal })));
    const stop = () => {
        stopped = true;
        q.kill("SIGTERM");
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    opts.signal?.addEventListener("abort", stop);
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => {
        timedOut = true;
        q.kill("SIGKILL");
    }, opts.timeoutMs);
    try {
        if (!await waitFor(() => fs.existsSync(sock) || q.exitCode !== null, 20000) || !fs.existsSync(sock)) {
            return { error: `QEMU did not start: ${firstLine(qemuErr)}` };
        }
        const uart = await connectUart(sock, () => q.exitCode !== null);
        if (uart === undefined) {
            return { error: `could not connect to QEMU's UART: ${firstLine(qemuErr)}` };
        }
        uart.on("error", () => undefined);
        uartClosed = new Promise<void>((r) => uart.on("close", () => r()));
        const ethosText = opts.ethos ? new EthosText((t) => split.push(t)) : undefined;
        let toBridge: net.Socket | undefined;
        uart.on("data", (d: Buffer) => {
            if (ethosText) {
                ethosText.push(d);
            } else {
                split.push(d.toString("latin1"));
            }
            toBridge?.write(d);
        });
        if (opts.ethos && (opts.netns || opts.tap) && opts.ethosTool) {
            // QEMU's UART ⇄ here ⇄ socat's pty ⇄ RIOT's ethos in the namespace ⇄ tap0
            const bridgeSock = path.join(work, "bridge.sock");
            const pacer = new FramePacer((frame) => uart.write(frame));
            const server = net.createServer((c) => {
                toBridge = c;
                c.on("data", (d: Buffer) => pacer.push(d));
                c.on("error", () => undefined);
            });
            await new Promise<void>((r) => server.listen(bridgeSock, () => r()));
            cleanups.push(() => server.close());
            const pty = path.join(work, "pty");
            const socat = spawn("socat", [`UNIX-CONNECT:${bridgeSock}`, `PTY,link=${pty},raw,echo=0`], { stdio: "ignore" });
            children.push(socat);
            if (!await waitFor(() => fs.existsSync(pty), 5000)) {
                return { error: "socat did not make the serial pty (is socat installed? apt-get install socat)" };
            }
            const ethos = opts.netns ? spawn("ip", ["netns", "exec", opts.netns, opts.ethosTool, "tap0", pty, "115200"], { stdio: "ignore" })
                : spawn(opts.ethosTool, [opts.tap as string, pty, "115200"], { stdio: "ignore" });
            children.push(ethos);
            opts.onReady?.({ netns: opts.netns, tap: opts.tap, address: EMULATED_NODE_ADDR });
        } else {
            opts.onReady?.({});
        }
        const end = await exited;
        if (timer) {
            clearTimeout(timer);
        }
        // what the UART still held: QEMU closes the socket when it exits (give a loaded machine time)
        await Promise.race([uartClosed, new Promise((r) => setTimeout(r, 3000).unref())]);
        const lockup = /qemu: fatal: (Lockup.*)/.exec(qemuErr);
        if (lockup) {
            split.qemuFault(`hard fault: the CPU locked up (${lockup[1].trim()}); a stack overflow does this`);
            opts.stderr(`${lockup[1].trim()}\n`);
        }
        const fault = split.finish();
        if (lockup) {
            return { status: 134, stdout: split.stdout, fault };
        }
        if (stopped) {
            return { status: 130, stdout: split.stdout, fault };
        }
        if (timedOut) {
            return { status: 124, stdout: split.stdout, fault, timedOut: true };
        }
        if (end.code === null) {
            return { error: `QEMU was killed (${end.signal})` };
        }
        if (end.code !== 0 && fault === undefined && /qemu-system-arm: /.test(qemuErr)) {
            const line = qemuErr.split("\n").find((l) => /qemu-system-arm: /.test(l) && !/waiting for connection/.test(l));
            if (line) {
                return { error: line.trim() };
            }
        }
        return { status: end.code, stdout: split.stdout, fault };
    } finally {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        if (timer) {
            clearTimeout(timer);
        }
        for (const c of children) {
            if (c.exitCode === null && c.signalCode === null) {
                c.kill("SIGTERM");
            }
        }
        q.kill("SIGKILL");
        cleanups.forEach((f) => f());
        fs.rmSync(work, { recursive: true, force: true });
    }
}

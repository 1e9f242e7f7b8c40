/**
 * One RIOT board as riotscript drives it: write the application, build, flash, open the
 * terminal, debug, measure, emulate. Each is one method over RIOT's own make and tools; the
 * CLI's commands are thin calls on this object (as PlatformIO's and TinyGo's builders are).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CSymbol } from "../../compiler/index";
import { Feature } from "../../compiler/ir/ir";
import { Board, Stack } from "../boards";
import { EMULATOR_SUPPORT_C, EMULATOR_SUPPORT_FILE, Emulated, networked, riotMakefile } from "./app";
import { emulate, EmulatorResult, QEMU_MACHINES } from "./emulator";
import { MakeResult, runMake } from "./make";
import { checkTool, chooseProgrammer, pythonHas, ToolCheck } from "./programmer";
import { BoardInfo } from "./query";
import { Riot } from "./riotbase";
import { listSerialPorts, serialTerminal } from "./serial";
import { measure, SizeReport } from "./size";

export interface Log {
    readonly out: (text: string) => void;
    readonly err: (text: string) => void;
    readonly tty: boolean;
}

/** A generated application folder. */
export interface App {
    readonly dir: string;
    readonly application: string;
    readonly board: string;
    /** The generated C files' names (main.c). */
    readonly cFiles: readonly string[];
}

export interface AppContents {
    readonly application: string;
    readonly files: ReadonlyMap<string, string>;
    readonly features: readonly Feature[];
    readonly stack: Stack;
    readonly credentials?: number;
    readonly dtlsRecord?: number;
    /** The entry, relative to the application folder (for the Makefile's comment). */
    readonly source: string;
    readonly version: string;
    readonly emulated?: Emulated;
    readonly callStack?: { readonly bytes: number; readonly chain: readonly string[] };
}

/** Why a board operation could not be done: bad usage, a missing tool, a failed build, Ctrl-C. */
export interface Failure {
    readonly failure: "usage" | "missing" | "build" | "interrupted";
    readonly message: string;
}

export type Outcome<T> = T | Failure;

export function isFailure<T>(x: Outcome<T>): x is Failure {
    return typeof x === "object" && x !== null && "failure" in x;
}

export class RiotBoard {
    constructor(readonly riot: Riot, readonly board: Board & { info: BoardInfo }, private readonly env: NodeJS.ProcessEnv,
        private readonly log: Log) {}

    get name(): string {
        return this.board.name;
    }

    get info(): BoardInfo {
        return this.board.info;
    }

    /** True if riotscript can run this board's firmware in QEMU. */
    get emulatable(): boolean {
        return QEMU_MACHINES[this.name] !== undefined;
    }

    /** Writes the application folder: the C, the Makefile, and for an emulated build its support file. */
    writeApp(dir: string, c: AppContents): App {
        fs.mkdirSync(dir, { recursive: true });
        for (const [name, text] of c.files) {
            fs.writeFileSync(path.join(dir, name), text);
        }
        const support = path.join(dir, EMULATOR_SUPPORT_FILE);
        if (c.emulated) {
            fs.writeFileSync(support, EMULATOR_SUPPORT_C);
        } else if (fs.existsSync(support)) {
            fs.rmSync(support);
        }
        fs.writeFileSync(path.join(dir, "Makefile"), riotMakefile({
            application: c.application, board: this.board, stack: c.stack, features: c.features, version: c.version,
            credentials: c.credentials, dtlsRecord: c.dtlsRecord, source: c.source, riotbase: this.riot.base, emulated: c.emulated, callStack: c.callStack,
        }));
        return { dir, application: c.application, board: this.name, cFiles: [...c.files.keys()] };
    }

    elf(app: App): string {
        return path.join(app.dir, "bin", this.name, `${app.application}.elf`);
    }

    /** RIOT's make all. */
    build(app: App): Promise<MakeResult> {
        return runMake({ riot: this.riot, appDir: app.dir, board: this.name, goals: ["all"], env: this.env,
            log: this.log.err, tty: this.log.tty });
    }

    /** The programmer to flash with, and whether its tool is installed. */
    programmer(asked: string | undefined): Outcome<{ programmer: string; tool: ToolCheck }> {
        if (this.info.arch === "native") {
            return { failure: "usage", message: `${this.name} runs on this machine and is not flashed: build it and run `
                + `its ELF, or use 'riotscript run <entry.ts>' for the host port` };
        }
        const chosen = chooseProgrammer(this.info, asked);
        if ("error" in chosen) {
            return { failure: "usage", message: chosen.error };
        }
        // the flasher RIOT names is for the default programmer; another one brings its own
        const tool = checkTool(chosen.programmer, chosen.programmer === this.info.programmer ? this.info.flasher : "", this.env);
        return { programmer: chosen.programmer, tool };
    }

    /** RIOT's make flash-only with its own variables, after checking the programmer's tool. */
    async flash(app: App, opts: { programmer?: string; port?: string; serial?: string }): Promise<Outcome<MakeResult>> {
        const p = this.programmer(opts.programmer);
        if (isFailure(p)) {
            return p;
        }
        if (!p.tool.ok) {
            return { failure: "missing", message: `cannot flash ${this.name}: '${p.tool.tool}' is not installed (${p.tool.why}).\n`
                + `  Install it: ${p.tool.install}` };
        }
        const vars: Record<string, string> = { PROGRAMMER: p.programmer };
        if (opts.port) {
            vars.PORT = opts.port;
        }
        if (opts.serial) {
            vars.SERIAL = opts.serial;
        }
        this.log.err(`flashing ${path.basename(this.elf(app))} to ${this.name} with ${p.programmer} (${p.tool.tool})...\n`);
        return runMake({ riot: this.riot, appDir: app.dir, board: this.name, goals: ["flash-only"], vars, env: this.env,
            log: this.log.err, passthrough: true });
    }

    /** Which serial port to open: the one given, else the only one there is. */
    choosePort(asked: string | undefined, devDir?: string): Outcome<string> {
        const ports = listSerialPorts(devDir);
        const listing = ports.map((p) => `  ${p.path}${p.description ? `  ${p.description}` : ""}`).join("\n");
        if (asked !== undefined) {
            if (!fs.existsSync(asked)) {
                return { failure: "usage", message: `no serial port ${asked}`
                    + (ports.length > 0 ? `; the ports here are:\n${listing}` : "; no serial ports are connected") };
            }
            return asked;
        }
        if (ports.length === 1) {
            return ports[0].path;
        }
        if (ports.length > 1) {
            return { failure: "usage", message: `several serial ports; choose one with --port:\n${listing}` };
        }
        return { failure: "usage", message: `no serial port found (RIOT's default for ${this.name} is `
            + `${this.info.port || "/dev/ttyACM0"}); is the board plugged in? Name one with --port` };
    }

    /** RIOT's make term (pyterm), or riotscript's own terminal when pyterm cannot run. */
    async term(opts: { port?: string; app?: App; devDir?: string; stdin?: NodeJS.ReadableStream }): Promise<Outcome<number>> {
        if (this.info.arch === "native") {
            return { failure: "usage", message: `${this.name} has no serial port: its ELF's stdout is the terminal `
                + "(run bin/native64/<app>.elf tap0), or use 'riotscript run <entry.ts>'" };
        }
        const port = this.choosePort(opts.port, opts.devDir);
        if (isFailure(port)) {
            return port;
        }
        if (pythonHas("serial", this.env) && opts.stdin === undefined) {
            const dir = opts.app?.dir ?? path.join(this.riot.cacheDir, "query");
            const r = await runMake({ riot: this.riot, appDir: dir, board: this.name, goals: ["term"], vars: { PORT: port },
                env: this.env, log: this.log.err, interactive: true });
            return r.status === "missing" ? { failure: "missing", message: "make was not found" }
                : r.status === "interrupted" ? 0 : r.status;
        }
        this.log.err("note: RIOT's pyterm needs python3's pyserial (apt-get install python3-serial); "
            + "using riotscript's own terminal\n");
        return serialTerminal(port, 115200, { stdout: this.log.out, stderr: this.log.err }, opts.stdin);
    }

    /** text/data/bss, the board's share, and the program's largest symbols. */
    size(app: App, symbols: readonly CSymbol[]): SizeReport | { error: string } {
        // RIOT builds the application's own sources into bin/<board>/application_<app>/
        const bin = path.join(app.dir, "bin", this.name);
        const objDir = [`application_${app.application}`, app.application].map((d) => path.join(bin, d))
            .find((d) => fs.existsSync(d)) ?? path.join(bin, app.application);
        const objects = app.cFiles.map((f) => path.join(objDir, f.replace(/\.c$/, ".o"))).filter((f) => fs.existsSync(f));
        return measure({ board: this.name, elf: this.elf(app), objects, sizeTool: this.info.sizeTool || "size",
            nmTool: this.info.nmTool || "nm", romBytes: this.info.romBytes, ramBytes: this.info.ramBytes, symbols });
    }

    /** RIOT's make debug: gdb on the board through its programmer's debug server. */
    async debug(app: App, opts: { programmer?: string }): Promise<Outcome<number>> {
        const p = this.programmer(opts.programmer);
        if (isFailure(p)) {
            return p;
        }
        if (!p.tool.ok) {
            return { failure: "missing", message: `cannot debug ${this.name}: '${p.tool.tool}' is not installed (${p.tool.why}).\n`
                + `  Install it: ${p.tool.install}` };
        }
        const r = await runMake({ riot: this.riot, appDir: app.dir, board: this.name, goals: ["debug"],
            vars: { PROGRAMMER: p.programmer }, env: this.env, log: this.log.err, interactive: true });
        return r.status === "missing" ? { failure: "missing", message: "make was not found" }
            : r.status === "interrupted" ? 130 : r.status;
    }

    /** Runs the emulated build in QEMU. */
    emulate(app: App, opts: { network: boolean; netns?: string; tap?: string; ethosTool?: string; gdbPort?: number; timeoutMs?: number;
        onReady?: (info: { netns?: string; tap?: string; address?: string }) => void; signal?: AbortSignal; args?: readonly string[] }):
        Promise<EmulatorResult | { error: string; missing?: string }> {
        return emulate({ board: this.name, elf: this.elf(app), ethos: opts.network, netns: opts.netns, tap: opts.tap, ethosTool: opts.ethosTool,
            gdbPort: opts.gdbPort, stdout: this.log.out, stderr: this.log.err, timeoutMs: opts.timeoutMs, onReady: opts.onReady,
            env: this.env, signal: opts.signal, args: opts.args });
    }
}

export { networked };

/**
 * Running RIOT's make on a generated application: in parallel over the machine's cores,
 * through ccache when it is installed, with a progress line instead of make's noise, and
 * the first compiler error picked out of the log. Ctrl-C stops make and is reported as
 * an interruption, not as a failed build.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { jobs } from "./query";
import { Riot } from "./riotbase";

export interface MakeRequest {
    readonly riot: Riot;
    readonly appDir: string;
    readonly board: string;
    readonly goals: readonly string[];
    /** RIOT's own variables (PROGRAMMER, PORT, SERIAL, ...), passed on make's command line. */
    readonly vars?: Readonly<Record<string, string>>;
    readonly env: NodeJS.ProcessEnv;
    /** Where progress and make's own messages go. */
    readonly log: (text: string) => void;
    /** A terminal: progress is one line that updates in place. */
    readonly tty?: boolean;
    /** Pass make's output through as it comes (flash, term), rather than summarising it. */
    readonly passthrough?: boolean;
    /** The terminal is the child's (term, debug): stdin and stdout are inherited. */
    readonly interactive?: boolean;
}

export interface MakeResult {
    /** make's exit status; "missing" if make is not installed; "interrupted" after Ctrl-C. */
    readonly status: number | "missing" | "interrupted";
    readonly output: string;
    readonly seconds: number;
}

export function onPath(cmd: string, env: NodeJS.ProcessEnv): string | undefined {
    if (cmd.includes("/")) {
        return fs.existsSync(cmd) ? cmd : undefined;
    }
    for (const dir of (env.PATH ?? "").split(":")) {
        const p = path.join(dir || ".", cmd);
        try {
            fs.accessSync(p, fs.constants.X_OK);
            if (fs.statSync(p).isFile()) {
                return p;
            }
        } catch {
            // not here
        }
    }
    return undefined;
}

/**
 * A folder of compiler names that point at ccache (its "masquerade" mode), put first on
 * PATH: RIOT's make then compiles through ccache without any change to its variables.
 */
export function ccacheDir(riot: Riot, env: NodeJS.ProcessEnv): string | undefined {
    if (env.RIOTSCRIPT_CCACHE === "0") {
        return undefined;
    }
    const ccache = onPath("ccache", env);
    if (!ccache) {
        return undefined;
    }
    const dir = path.join(riot.cacheDir, "ccache-bin");
    fs.mkdirSync(dir, { recursive: true });
    const names = ["gcc", "g++", "cc", "c++"].flatMap((c) => [c, `arm-none-eabi-${c}`, `riscv-none-elf-${c}`,
        `riscv64-unknown-elf-${c}`, `avr-${c}`, `msp430-elf-${c}`]);
    for (const n of names) {
        const link = path.join(dir, n);
        if (!fs.existsSync(link)) {
            try {
                fs.symlinkSync(ccache, link);
            } catch {
                // another process made it
            }
        }
    }
    return dir;
}

/** The environment of RIOT's make: RIOTBASE, ccache first on PATH, no inherited make flags. */
export function makeEnvironment(riot: Riot, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    const out: NodeJS.ProcessEnv = { ...env, RIOTBASE: riot.base };
    for (const v of ["MAKEFLAGS", "MFLAGS", "MAKELEVEL", "BOARD"]) {
        delete out[v];
    }
    const cc = ccacheDir(riot, env);
    if (cc) {
        out.PATH = `${cc}:${env.PATH ?? ""}`;
        out.CCACHE_CPP2 = "yes";
    }
    return out;
}

/** Runs RIOT's make for one application and board. */
export function runMake(req: MakeRequest): Promise<MakeResult> {
    const args = ["-C", req.appDir, "--no-print-directory", `-j${jobs()}`, `BOARD=${req.board}`, `RIOTBASE=${req.riot.base}`,
        ...Object.entries(req.vars ?? {}).map(([k, v]) => `${k}=${v}`), ...req.goals];
    const t0 = Date.now();
    return new Promise((resolve) => {
        const child = spawn("make", args, {
            env: makeEnvironment(req.riot, req.env),
            stdio: req.interactive ? "inherit" : ["ignore", "pipe", "pipe"],
            // a process group of its own, so that Ctrl-C reaches make's compilers and scripts too
            detached: !req.interactive,
        });
        let output = "";
        let modules = 0;
        let shown = "";
        let interrupted = false;
        let missing = false;
        const progress = (): void => {
            const s = Math.round((Date.now() - t0) / 1000);
            const text = `  building for ${req.board}: ${modules} modules, ${s} s`;
            if (req.tty) {
                req.log(`\r${text}\x1b[K`);
                shown = text;
            }
        };
        const timer = req.passthrough || req.interactive ? undefined : setInterval(() => {
            if (req.tty) {
                progress();
            } else {
                req.log(`  still building for ${req.board} (${modules} modules, ${Math.round((Date.now() - t0) / 1000)} s)\n`);
            }
        }, req.tty ? 1000 : 20000);
        const take = (d: Buffer): void => {
            const text = d.toString();
            output += text;
            if (req.passthrough) {
                req.log(text);
                return;
            }
            modules += (text.match(/^"make" -C /gm) ?? []).length;
            if (req.tty) {
                progress();
            }
        };
        child.stdout?.on("data", take);
        child.stderr?.on("data", take);
        const stop = (): void => {
            interrupted = true;
            try {
                process.kill(req.interactive ? child.pid as number : -(child.pid as number), "SIGINT");
            } catch {
                child.kill("SIGINT");
            }
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
        child.on("error", (e: NodeJS.ErrnoException) => {
            missing = e.code === "ENOENT";
            output += e.message;
        });
        child.on("close", (code, signal) => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            if (timer) {
                clearInterval(timer);
            }
            if (shown) {
                req.log("\r\x1b[K");
            }
            const seconds = (Date.now() - t0) / 1000;
            if (missing) {
                resolve({ status: "missing", output, seconds });
            } else if (interrupted || signal === "SIGINT") {
                resolve({ status: "interrupted", output, seconds });
            } else {
                resolve({ status: code ?? 1, output, seconds });
            }
        });
    });
}

/** A compiler error in make's output: the file, line, column and message. */
export interface CError {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly message: string;
    /** The whole first error line as gcc printed it. */
    readonly text: string;
}

/** The first error gcc (or the linker) reported, if any. */
export function firstError(output: string): CError | { text: string } | undefined {
    const plain = stripAnsi(output);
    for (const l of plain.split("\n")) {
        const m = /^(.+?):(\d+):(\d+): (?:fatal )?error: (.*)$/.exec(l);
        if (m) {
            return { file: m[1], line: Number(m[2]), column: Number(m[3]), message: m[4], text: l };
        }
    }
    const other = plain.split("\n").find((l) => /undefined reference|\*\*\* |error:|Error \d/.test(l));
    return other === undefined ? undefined : { text: other.trim() };
}

/** Text without the terminal colour codes RIOT's gcc flags turn on. */
export function stripAnsi(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");
}

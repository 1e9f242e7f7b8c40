/**
 * Shared test helpers: the real compiler over the real files, the CLI in-process, and
 * child processes that are always cleaned up.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { compile, CompileResult } from "../compiler/index";
import { CompilerHost } from "../compiler/host";
import { Io, main } from "../compiler/cli/main";

export const ROOT = path.resolve(__dirname, "..");

export function fsHost(cwd = ROOT, overrides: Record<string, string> = {}): CompilerHost {
    return {
        cwd,
        runtimeDir: path.join(ROOT, "runtime", "api"),
        readFile: (p) => overrides[p] ?? (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined),
    };
}

export function compileFile(file: string): CompileResult {
    return compile(file, fsHost());
}

/** Compiles a program given as text, as if it were the file `name` in test/. */
export function compileText(text: string, name = "test/inline/main.ts"): CompileResult {
    return compile(name, fsHost(ROOT, { [path.join(ROOT, name)]: text }));
}

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs the CLI in-process, capturing its output. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Promise<CliRun> {
    let stdout = "";
    let stderr = "";
    const io: Io = {
        stdout: (t) => { stdout += t; },
        stderr: (t) => { stderr += t; },
        cwd,
        env: { PATH: process.env.PATH, ...env },
        color: false,
    };
    const code = await main(args, io);
    return { code, stdout, stderr };
}

/** A child process whose stdout lines are collected. */
export class Child {
    readonly lines: string[] = [];
    stderr = "";
    private readonly exited: Promise<number | null>;

    constructor(readonly proc: ChildProcess) {
        let partial = "";
        proc.stdout?.on("data", (d: Buffer) => {
            partial += d.toString();
            const parts = partial.split("\n");
            partial = parts.pop() ?? "";
            this.lines.push(...parts);
        });
        proc.stderr?.on("data", (d: Buffer) => { this.stderr += d.toString(); });
        this.exited = new Promise((resolve) => proc.on("close", (code) => resolve(code)));
    }

    static start(cmd: string, args: string[] = []): Child {
        return new Child(spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] }));
    }

    async stop(): Promise<number | null> {
        if (this.proc.exitCode === null && this.proc.signalCode === null) {
            this.proc.kill("SIGTERM");
        }
        return this.exited;
    }

    wait(): Promise<number | null> {
        return this.exited;
    }
}

export function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True if a command can be run (for tests that need an optional tool). */
export function have(cmd: string): boolean {
    return (process.env.PATH ?? "").split(":").some((d) => fs.existsSync(path.join(d, cmd)));
}

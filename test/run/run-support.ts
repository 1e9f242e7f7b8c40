/**
 * The differential harness: a corpus program compiled to C and built with the sanitizers,
 * and the same program run in Node, each reduced to what a user sees (stdout, exit status
 * and the fault message), so the two can be compared byte for byte.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { format } from "node:util";
import { hostBuild } from "../../targets/host/build";
import { compileFile, ROOT } from "../helpers";
import { closeAllSockets } from "../../runtime/node/backend";

export interface Outcome {
    stdout: string;
    status: number;
    /** The fault message (core_panic's in C, the Fault's in Node), if the program stopped on one. */
    fault?: string;
}

export const SANITIZE = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer"];

/** Compiles a program to C and builds it against the host port; returns the binary or an error. */
export function buildC(entry: string, outDir: string, extraFlags: readonly string[] = SANITIZE): string {
    const result = compileFile(entry);
    if (!result.ok) {
        throw new Error(`${entry} did not compile:\n${result.diagnostics.map((d) => `${d.span?.line}: ${d.message}`).join("\n")}`);
    }
    const host = path.join(ROOT, "targets", "host");
    const spec = hostBuild(result.features, false);
    const name = path.basename(entry, ".ts");
    const c = path.join(outDir, `${name}.c`);
    fs.writeFileSync(c, result.files.values().next().value as string);
    const binary = path.join(outDir, name);
    const cc = spawnSync(process.env.CC ?? "cc", [...spec.cflags.filter((f) => !f.startsWith("-O")), "-O1",
        ...extraFlags, ...spec.defines.map((d) => `-D${d}`), `-I${path.join(host, "include")}`, c,
        ...spec.sources.map((s) => path.join(host, "src", s)), "-o", binary, ...spec.libs], { encoding: "utf8" });
    if (cc.status !== 0) {
        throw new Error(`${entry}: the C compiler rejected the generated code:\n${cc.stderr}`);
    }
    return binary;
}

export function runC(binary: string): Promise<Outcome & { stderr: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(binary, [], {
            env: { ...process.env, ASAN_OPTIONS: "detect_leaks=1:abort_on_error=0", UBSAN_OPTIONS: "halt_on_error=1:print_stacktrace=1" },
            stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
        child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
        const timer = setTimeout(() => child.kill("SIGKILL"), 20000);
        child.on("error", reject);
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            const panic = /\*\*\* RIOT kernel panic:\n(.*)\n/.exec(stderr);
            resolve({ stdout, stderr, status: code ?? (signal ? 128 : -1), fault: panic?.[1] });
        });
    });
}

/** Runs the program's `main` in this Node process, as a Jest test of the firmware would. */
export function runNode(entry: string): Outcome {
    const lines: string[] = [];
    const log = jest.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
        lines.push(format(...args));
    });
    const out = (): string => lines.map((l) => `${l}\n`).join("");
    try {
        let mod: { main(): number } | undefined;
        jest.isolateModules(() => {
            mod = require(path.join(ROOT, entry)) as { main(): number };
        });
        const status = (mod as { main(): number }).main();
        return { stdout: out(), status };
    } catch (e) {
        if (e instanceof Error && e.name === "Fault") {
            return { stdout: out(), status: 70, fault: e.message };
        }
        throw e;
    } finally {
        log.mockRestore();
        closeAllSockets(); // what the program opened, in whichever copy of the runtime
    }
}

/** A scratch directory for build products, removed by the caller. */
export function scratchDir(prefix: string): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs `jobs` with at most `n` at a time. */
export async function pool<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
    const results: T[] = new Array(jobs.length);
    let next = 0;
    await Promise.all(Array.from({ length: n }, async () => {
        while (next < jobs.length) {
            const i = next++;
            results[i] = await jobs[i]();
        }
    }));
    return results;
}

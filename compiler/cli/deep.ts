/**
 * Compiling a program that nests deeper than the main thread's stack allows (a chain of
 * 2,000 calls, 3,000 nested parentheses): the same compile, on a worker thread with a
 * 256 MiB stack. The worker runs the built compiler (dist/), reads files itself, and sends
 * back the result without the IR (see below), which the CLI does not need.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { compile, CompileOptions, CompileResult } from "../index";

interface Job {
    readonly entry: string;
    readonly cwd: string;
    readonly runtimeDir: string;
    readonly options: CompileOptions;
}

const STACK_MB = 256;

/** Compiles on a thread with a large stack; undefined if the built worker is not there. */
export function compileDeep(job: Job): Promise<CompileResult | undefined> {
    const file = path.join(__dirname, "deep.js");
    const built = fs.existsSync(file) ? file : path.join(job.runtimeDir, "..", "..", "dist", "compiler", "cli", "deep.js");
    if (!fs.existsSync(built)) {
        return Promise.resolve(undefined);
    }
    return new Promise((resolve) => {
        const w = new Worker(built, { workerData: job, resourceLimits: { stackSizeMb: STACK_MB } });
        w.once("message", (r: CompileResult) => resolve(r));
        w.once("messageerror", () => resolve(undefined));
        w.once("error", () => resolve(undefined));
        w.once("exit", () => resolve(undefined));
    });
}

if (!isMainThread && parentPort && workerData && (workerData as Job).entry !== undefined) {
    const job = workerData as Job;
    const result = compile(job.entry, {
        cwd: job.cwd,
        runtimeDir: job.runtimeDir,
        readFile: (p) => {
            try {
                return fs.readFileSync(p, "utf8");
            } catch {
                return undefined;
            }
        },
    }, job.options);
    // the IR nests as deep as the program: too deep for the main thread to take apart again, so
    // only what the CLI reads of it travels back (the C files are flat text)
    const m = result.module;
    const summary = m && { checksRemoved: m.checksRemoved, checksKept: m.checksKept, credentials: m.credentials,
        stack: m.stack, featureSpans: m.featureSpans, features: m.features };
    parentPort.postMessage({ ...result, module: summary });
}

/**
 * The compute kernels (kernels/*.ts) run by four contenders, side by side:
 *
 * - riotscript: the kernel compiled to C by riotscript, then by cc -O2;
 * - hand C: the same job written in C (kernels/*.c), cc -O2;
 * - Node: the same TypeScript run as plain JavaScript (types stripped);
 * - DeviceScript: its port (devs/*.ts) compiled with `devs build` and run with `devs run`
 *   (the DeviceScript VM, compiled to WebAssembly, in Node).
 *
 * Each contender's cost per round is the CPU time of the program with ROUNDS = n, minus the
 * same program with ROUNDS = 0 (its start-up and data set-up), divided by n. n is chosen per
 * contender so that a run does about the same amount of CPU work. The rounds of measurement
 * interleave the contenders, so a noisy neighbour slows them all alike. All four must print the
 * same checksum for the same ROUNDS.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { compile } from "../../compiler/index";
import { cpuOk, median, Stat, stat } from "./measure";

export const KERNELS = ["crc16", "records", "sumsq", "filter", "intloop", "scan", "crc16_c", "records_c", "sumsq_c", "adler", "adler_i32"] as const;
export type Kernel = (typeof KERNELS)[number];

/** The function that does a kernel's work, by contender: what the code size compares. */
const WORKER: Record<Kernel, { ts: string; c: string }> = {
    crc16: { ts: "crc16", c: "crc16" },
    records: { ts: "parse", c: "parse" },
    sumsq: { ts: "energy", c: "energy" },
    filter: { ts: "smoothedRms", c: "smoothed_rms" },
    intloop: { ts: "main", c: "main" },
    scan: { ts: "scan", c: "scan" },
    crc16_c: { ts: "crc16", c: "crc16" },
    records_c: { ts: "parse", c: "parse" },
    sumsq_c: { ts: "energy", c: "energy" },
    adler: { ts: "adler", c: "adler" },
    adler_i32: { ts: "adler", c: "adler" },
};

/** Kernels whose DeviceScript port is another kernel's (the same job). */
const DEVS_PORT_OF: Partial<Record<Kernel, Kernel>> = {
    crc16_c: "crc16", records_c: "records", sumsq_c: "sumsq", adler_i32: "adler",
};

export const CONTENDERS = ["riotscript", "hand C", "Node", "DeviceScript"] as const;
export type Contender = (typeof CONTENDERS)[number];

export interface KernelResult {
    readonly kernel: Kernel;
    /** Milliseconds of CPU per round, by contender; a string says why it could not be measured. */
    readonly perRound: Partial<Record<Contender, Stat | string>>;
    /** The ROUNDS each contender ran with. */
    readonly rounds: Partial<Record<Contender, number>>;
    /** Start-up and set-up (the ROUNDS = 0 run), CPU ms. */
    readonly startup: Partial<Record<Contender, number>>;
    readonly checksum: string;
    readonly checksKept: number;
    readonly checksRemoved: number;
    /** Bytes: the kernel's function for Cortex-M4 (-Os, not inlined), and DeviceScript's bytecode. */
    readonly size: { riotscript?: number; handC?: number; devs?: number; devsWhy?: string };
}

type Program = (rounds: number) => string[];

export interface KernelBench {
    readonly root: string;
    readonly work: string;
    /** Rounds of interleaved measurement. */
    readonly repeats: number;
    readonly progress: (line: string) => void;
}

function sh(cmd: string, args: string[], cwd?: string): string {
    const r = spawnSync(cmd, args, { encoding: "utf8", cwd });
    if (r.error || r.status !== 0) {
        throw new Error(`${cmd} ${args.join(" ")}: ${r.error?.message ?? r.stderr.trim().split("\n").slice(-4).join("\n")}`);
    }
    return r.stdout;
}

function withRounds(source: string, rounds: number, file: string): string {
    const re = /const ROUNDS = \d+;?/;
    if (!re.test(source)) {
        throw new Error(`${file} has no 'const ROUNDS = n' for the bench to set`);
    }
    return source.replace(re, (m) => `const ROUNDS = ${rounds}${m.endsWith(";") ? ";" : ""}`);
}

/** Where DeviceScript's CLI is, or why it cannot run here. */
export function devsCli(root: string): string | { why: string } {
    const cli = path.join(root, "node_modules", "@devicescript", "cli", "built", "devicescript-cli.cjs");
    if (!fs.existsSync(cli)) {
        return { why: "@devicescript/cli is not installed (it is a devDependency: run npm install)" };
    }
    return cli;
}

class Builder {
    readonly devs: string | { why: string };
    private readonly cache = new Map<string, string[]>();
    private readonly include: string;
    private readonly dir: string;
    private readonly lang: string;

    constructor(private readonly b: KernelBench, readonly kernel: Kernel) {
        this.devs = devsCli(b.root);
        this.include = path.join(b.root, "targets", "host", "include");
        this.dir = path.join(b.root, "test", "bench", "kernels");
        this.lang = path.join(b.root, "dist", "runtime", "api", "lang.js");
        fs.mkdirSync(path.join(b.work, "devs", "src"), { recursive: true });
    }

    private memo(key: string, f: () => string[]): string[] {
        const hit = this.cache.get(key);
        if (hit) {
            return hit;
        }
        const cmd = f();
        this.cache.set(key, cmd);
        return cmd;
    }

    private tsSource(rounds: number): string {
        const file = path.join(this.dir, `${this.kernel}.ts`);
        return withRounds(fs.readFileSync(file, "utf8"), rounds, file);
    }

    /** The ROUNDS the kernel's .ts is written with. */
    defaultRounds(): number {
        const m = /const ROUNDS = (\d+)/.exec(fs.readFileSync(path.join(this.dir, `${this.kernel}.ts`), "utf8"));
        return Number(m?.[1]);
    }

    /** riotscript's C for ROUNDS = rounds, and what the compiler proved. */
    generated(rounds: number): { c: string; kept: number; removed: number } {
        const entry = path.join("test", "bench", "kernels", `${this.kernel}.ts`);
        const text = this.tsSource(rounds);
        const full = path.join(this.b.root, entry);
        const r = compile(entry, { cwd: this.b.root, runtimeDir: path.join(this.b.root, "runtime", "api"),
            readFile: (p) => (p === full ? text : fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined) });
        if (!r.ok || !r.module) {
            throw new Error(`${entry} does not compile: ${r.diagnostics.map((d) => d.message).join("; ")}`);
        }
        return { c: r.files.values().next().value as string, kept: r.module.checksKept, removed: r.module.checksRemoved };
    }

    private cc(src: string, out: string, extra: string[] = []): void {
        const panic = path.join(this.b.root, "targets", "host", "src", "panic.c");
        // loops aligned to 32 bytes in both builds: otherwise where a loop happens to start
        // (which the surrounding code shifts) moves the timing by up to a third on x86
        sh("cc", ["-std=c11", "-O2", "-falign-loops=32", ...extra, `-I${this.include}`, src, panic, "-o", out, "-lm"]);
    }

    readonly program: Record<Contender, Program> = {
        "riotscript": (n) => this.memo(`rs${n}`, () => {
            const src = path.join(this.b.work, `${this.kernel}-${n}.gen.c`);
            fs.writeFileSync(src, this.generated(n).c);
            this.cc(src, `${src}.bin`);
            return [`${src}.bin`];
        }),
        "hand C": (n) => this.memo(`c${n}`, () => {
            const out = path.join(this.b.work, `${this.kernel}-${n}.hand.bin`);
            this.cc(path.join(this.dir, `${this.kernel}.c`), out, [`-DROUNDS=${n}`]);
            return [out];
        }),
        "Node": (n) => this.memo(`node${n}`, () => {
            const js = ts.transpileModule(this.tsSource(n), { compilerOptions: { module: ts.ModuleKind.CommonJS,
                target: ts.ScriptTarget.ES2022 } }).outputText.replace(/require\("riotscript"\)/g,
                `require(${JSON.stringify(this.lang)})`);
            const out = path.join(this.b.work, `${this.kernel}-${n}.js`);
            fs.writeFileSync(out, `${js}\nexports.main();\n`);
            return [process.execPath, out];
        }),
        "DeviceScript": (n) => this.memo(`devs${n}`, () => {
            if (typeof this.devs !== "string") {
                throw new Error(this.devs.why);
            }
            const out = path.join(this.b.work, "devs", `${this.kernel}-${n}.devs`);
            this.devsBuild(n, out);
            return [process.execPath, this.devs, "run", "--ignore-missing-config", "--test", "--test-timeout", "600000", out];
        }),
    };

    /**
     * devs build of the port with ROUNDS = n, with the flag `devs run --test` adds when it
     * compiles a .ts itself (an implicit restart at the end, which ends the run). Returns the
     * bytecode sizes devs reports.
     */
    devsBuild(n: number, out: string): string {
        const cwd = path.join(this.b.work, "devs");
        // a kernel that does another's job the other way (crc16_c, adler_i32) runs that one's
        // port: DeviceScript has one way to write it; only the line it prints is its own
        const same = DEVS_PORT_OF[this.kernel];
        const port = path.join(this.b.root, "test", "bench", "devs", `${same ?? this.kernel}.ts`);
        const src = path.join("src", `${this.kernel}.ts`);
        let text = fs.readFileSync(port, "utf8");
        if (same !== undefined) {
            text = text.replace(`console.log(\`${same} `, `console.log(\`${this.kernel} `);
        }
        fs.writeFileSync(path.join(cwd, src), withRounds(text, n, port));
        cpuOk([process.execPath, this.devs as string, "build", "--ignore-missing-config", "-F", "testHarness", src], { cwd });
        const bin = path.join(cwd, ".devicescript", "bin");
        fs.copyFileSync(path.join(bin, "bytecode.devs"), out);
        return fs.readFileSync(path.join(bin, "bytecode-sizes.md"), "utf8");
    }

    /** The kernel's line (`crc16 <checksum>`) in a contender's output. */
    checksum(stdout: string): string {
        // eslint-disable-next-line no-control-regex
        const lines = stdout.replace(/\x1b\[[0-9;]*m/g, "").split("\n").map((l) => l.replace(/^WASM> /, "").trim());
        const line = lines.find((l) => l.startsWith(`${this.kernel} `));
        if (line === undefined) {
            throw new Error(`no '${this.kernel} …' line in:\n${stdout.trim().split("\n").slice(-5).join("\n")}`);
        }
        return line;
    }

    /** Bytes of `symbol` in an object for Cortex-M4 at -Os, with inlining off so the function stays whole. */
    armFunction(src: string, symbol: string): number | undefined {
        // into the scratch folder: the hand C's source is in the repository
        const obj = path.join(this.b.work, `${path.basename(src)}.arm.o`);
        const r = spawnSync("arm-none-eabi-gcc", ["-std=c11", "-Os", "-fno-inline", "-mcpu=cortex-m4", "-mthumb",
            `-I${this.include}`, "-c", src, "-o", obj], { encoding: "utf8" });
        if (r.error || r.status !== 0) {
            return undefined;
        }
        const nm = sh("arm-none-eabi-nm", ["-S", obj]);
        // gcc may specialise the function for its one call site: crc16.constprop.0
        const line = nm.split("\n").find((l) => (l.trim().split(/\s+/)[3] ?? "").split(".")[0] === symbol);
        return line ? parseInt(line.trim().split(/\s+/)[1], 16) : undefined;
    }
}

/** DeviceScript's bytes for `fn`, from the bytecode-sizes.md that devs build writes. */
function devsFunctionBytes(sizes: string, fn: string): number | undefined {
    const m = new RegExp(`^\\|?\\s*(\\d+)\\s*\\|\\s*\`${fn}\``, "m").exec(sizes);
    return m ? Number(m[1]) : undefined;
}

/** Grows n tenfold until a run costs more than a tenth of the target, then scales it to the target. */
function calibrate(run: (n: number) => number, start: number, targetMs: number, max: number): number {
    const zero = run(0);
    let n = start;
    for (;;) {
        const net = run(n) - zero;
        if (net >= targetMs / 10 || n >= max) {
            return Math.max(1, Math.min(max, Math.round((n * targetMs) / Math.max(net, 1))));
        }
        n *= 10;
    }
}

/** CPU ms each contender should spend per measured run: DeviceScript's start-up alone is a second. */
const TARGET_MS: Record<Contender, number> = { "riotscript": 300, "hand C": 300, "Node": 300, "DeviceScript": 1500 };

export function benchKernels(b: KernelBench, only: readonly Kernel[] = KERNELS): KernelResult[] {
    const results: KernelResult[] = [];
    for (const kernel of only) {
        const k = new Builder(b, kernel);
        const available = CONTENDERS.filter((c) => c !== "DeviceScript" || typeof k.devs === "string");
        const perRound: Partial<Record<Contender, Stat | string>> = {};
        if (typeof k.devs !== "string") {
            perRound.DeviceScript = k.devs.why;
        }
        const cpu = (c: Contender, n: number): { ms: number; out: string } => {
            const r = cpuOk(k.program[c](n));
            return { ms: r.cpuMs, out: r.stdout };
        };
        // the same answer everywhere, at a ROUNDS small enough for the slowest
        const sums = new Map<Contender, string>();
        for (const c of [...available]) {
            try {
                sums.set(c, k.checksum(cpu(c, 20).out));
            } catch (e) {
                perRound[c] = `cannot run: ${e instanceof Error ? e.message : e}`;
                available.splice(available.indexOf(c), 1);
            }
        }
        const answers = new Set(sums.values());
        if (answers.size !== 1) {
            throw new Error(`${kernel}: the contenders disagree: ${[...sums].map(([c, s]) => `${c}: ${s}`).join("; ")}`);
        }
        b.progress(`${kernel}: all contenders print '${[...answers][0]}' for ROUNDS = 20; calibrating`);
        const rounds: Partial<Record<Contender, number>> = {};
        for (const c of available) {
            rounds[c] = c === "riotscript" && rounds["hand C"] ? rounds["hand C"]
                : calibrate((n) => cpu(c, n).ms, c === "DeviceScript" ? 20 : 1000, TARGET_MS[c], 1e9);
            if (c === "hand C") {
                rounds.riotscript = rounds["hand C"];
            }
        }
        // riotscript and hand C run the same ROUNDS: their checksums must match there too
        const native = new Set(["riotscript", "hand C"].map((c) => k.checksum(cpu(c as Contender, rounds["hand C"] as number).out)));
        if (native.size !== 1) {
            throw new Error(`${kernel}: riotscript and hand C disagree at ROUNDS = ${rounds["hand C"]}: ${[...native].join(" / ")}`);
        }
        const per: Record<string, number[]> = {};
        const zero: Record<string, number[]> = {};
        for (let i = 0; i < b.repeats; i++) {
            // a different contender goes first in each round
            const order = available.map((_, j) => available[(i + j) % available.length]);
            for (const c of order) {
                const n = rounds[c] as number;
                const full = cpu(c, n).ms;
                const empty = cpu(c, 0).ms;
                (per[c] ??= []).push((full - empty) / n);
                (zero[c] ??= []).push(empty);
            }
            b.progress(`${kernel}: round ${i + 1}/${b.repeats}`);
        }
        const startup: Partial<Record<Contender, number>> = {};
        for (const c of available) {
            perRound[c] = stat(per[c]);
            startup[c] = median(zero[c]);
        }
        // sizes at the kernel's own ROUNDS, which the hand C's default matches (a ROUNDS of 1 folds loops away)
        const gen = k.generated(k.defaultRounds());
        const genSrc = path.join(b.work, `${kernel}-size.gen.c`);
        fs.writeFileSync(genSrc, gen.c);
        const size: KernelResult["size"] = {
            riotscript: k.armFunction(genSrc, WORKER[kernel].ts),
            handC: k.armFunction(path.join(b.root, "test", "bench", "kernels", `${kernel}.c`), WORKER[kernel].c),
        };
        if (typeof k.devs === "string") {
            const sizes = k.devsBuild(k.defaultRounds(), path.join(b.work, "devs", `${kernel}-size.devs`));
            size.devs = devsFunctionBytes(sizes, WORKER[kernel].ts);
        } else {
            size.devsWhy = k.devs.why;
        }
        results.push({ kernel, perRound, rounds, startup, checksum: [...answers][0], checksKept: gen.kept,
            checksRemoved: gen.removed, size });
    }
    return results;
}

/**
 * Compute kernels (test/bench/kernels/*.ts) against the same jobs hand-written in C
 * (kernels/*.c): run time at host -O2 -falign-loops=32 (best of 5 runs each, interleaved), ARM Cortex-M4 -Os
 * code size, and the plain TypeScript in Node for comparison. The three must print the same.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { compile } from "../../compiler/index";
import * as lang from "../../runtime/api/lang";

export interface KernelRow {
    readonly name: string;
    readonly genMs: number;
    readonly refMs: number;
    readonly nodeMs: number;
    readonly genArm?: number;
    readonly refArm?: number;
    readonly checksKept: number;
    readonly checksRemoved: number;
}

function sh(cmd: string, args: string[]): string {
    const r = spawnSync(cmd, args, { encoding: "utf8" });
    if (r.status !== 0) {
        throw new Error(`${cmd} ${args.join(" ")}:\n${r.stderr}`);
    }
    return r.stdout;
}

function timed(bin: string): [number, string] {
    const t0 = process.hrtime.bigint();
    const out = sh(bin, []);
    return [Number(process.hrtime.bigint() - t0) / 1e6, out];
}

function armText(src: string, work: string, include: string): number | undefined {
    const obj = path.join(work, `${path.basename(src)}.arm.o`);
    const r = spawnSync("arm-none-eabi-gcc", ["-std=c11", "-Os", "-mcpu=cortex-m4", "-mthumb", `-I${include}`, "-c", src,
        "-o", obj], { encoding: "utf8" });
    if (r.error || r.status !== 0) {
        return undefined;
    }
    return Number(sh("arm-none-eabi-size", [obj]).split("\n")[1].trim().split(/\s+/)[0]);
}

/** The kernel's TypeScript, run in this process as plain JavaScript: [ms, stdout]. */
function inNode(source: string): [number, string] {
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022 } }).outputText;
    let out = "";
    const exports: { main?: () => number } = {};
    new Function("exports", "require", "console", js)(exports, () => lang, { log: (s: string) => { out += `${s}\n`; } });
    const t0 = process.hrtime.bigint();
    (exports.main as () => number)();
    return [Number(process.hrtime.bigint() - t0) / 1e6, out];
}

export function benchKernels(root: string, work: string): KernelRow[] {
    const dir = path.join(root, "test", "bench", "kernels");
    const include = path.join(root, "targets", "host", "include");
    const rows: KernelRow[] = [];
    for (const name of ["crc16", "records", "intloop"]) {
        const entry = path.join("test", "bench", "kernels", `${name}.ts`);
        const r = compile(entry, { cwd: root, runtimeDir: path.join(root, "runtime", "api"),
            readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined) });
        if (!r.ok || !r.module) {
            throw new Error(`${entry} does not compile: ${r.diagnostics.map((d) => d.message).join("; ")}`);
        }
        const gen = path.join(work, `${name}.gen.c`);
        fs.writeFileSync(gen, r.files.values().next().value as string);
        const ref = path.join(dir, `${name}.c`);
        const panic = path.join(root, "targets", "host", "src", "panic.c");
        // loops aligned to 32 bytes in both builds: otherwise where a loop happens to start
        // (which the surrounding code shifts) moves the timing by up to a third on x86
        const build = (src: string, out: string) => sh("cc", ["-std=c11", "-O2", "-falign-loops=32", `-I${include}`, src,
            panic, "-o", out]);
        build(gen, `${gen}.bin`);
        build(ref, `${gen}.ref.bin`);
        const g: number[] = [];
        const f: number[] = [];
        let outputs = new Set<string>();
        for (let i = 0; i < 5; i++) {
            const [a, ao] = timed(i % 2 === 0 ? `${gen}.bin` : `${gen}.ref.bin`);
            const [b, bo] = timed(i % 2 === 0 ? `${gen}.ref.bin` : `${gen}.bin`);
            (i % 2 === 0 ? g : f).push(a);
            (i % 2 === 0 ? f : g).push(b);
            outputs = new Set([...outputs, ao, bo]);
        }
        const [nodeMs, nodeOut] = inNode(fs.readFileSync(path.join(root, entry), "utf8"));
        outputs.add(nodeOut);
        if (outputs.size !== 1) {
            throw new Error(`${name}: the generated C, the reference C and Node disagree: ${[...outputs].join(" / ")}`);
        }
        rows.push({
            name, genMs: Math.min(...g), refMs: Math.min(...f), nodeMs,
            genArm: armText(gen, work, include), refArm: armText(ref, work, include),
            checksKept: r.module.checksKept, checksRemoved: r.module.checksRemoved,
        });
    }
    return rows;
}

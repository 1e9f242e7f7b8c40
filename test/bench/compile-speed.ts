/**
 * Compile speed, against the floor (loading ts-morph, which riotscript parses and type-checks
 * with) and against DeviceScript's compiler on the same program:
 *
 * - cold: a new process per command (`riotscript check`, `riotscript build --no-make`, `devs
 *   build`), its CPU time;
 * - warm: in one process, the re-check after an edit, as an editor or a watch mode does it;
 * - a generated program of about 5,000 lines (classes, enums, tables, loops, switches,
 *   arithmetic of every width), cold, with the time of each stage.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { devsCli } from "./kernels";
import { cpuOk, median, Stat, stat } from "./measure";

/** A program of `units` repeated sections, each about 50 lines. */
export function generateProgram(units: number): string {
    const out: string[] = [`import { u8, u16, u32, i32, readU16BE } from "riotscript";`, ""];
    for (let k = 0; k < units; k++) {
        out.push(`const enum Mode${k} { Idle, Run = ${k + 2}, Stop }`,
            `const TABLE${k} = [${Array.from({ length: 8 }, (_, i) => (i * 37 + k) & 0xff).join(", ")}] as const;`,
            `const buf${k} = new Uint8Array(${32 + (k % 16)});`,
            `class Counter${k} {`,
            `    count: u32 = 0;`,
            `    mode: Mode${k} = Mode${k}.Idle;`,
            `    bump(by: u8): void {`,
            `        this.count = u32(this.count + by);`,
            `        if (this.count > ${1000 + k}) {`,
            `            this.mode = Mode${k}.Stop;`,
            `        }`,
            `    }`,
            `}`,
            `const counter${k} = new Counter${k}();`,
            `function step${k}(x: i32, y: u16): i32 {`,
            `    let acc = 0;`,
            `    for (let i = 0; i < buf${k}.length; i++) {`,
            `        buf${k}[i] = x + i * ${k % 7 + 1};`,
            `        acc = i32(acc + (buf${k}[i] ^ TABLE${k}[i & 7]));`,
            `    }`,
            `    switch (counter${k}.mode) {`,
            `    case Mode${k}.Idle:`,
            `        acc = i32(acc + (y >>> 3));`,
            `        break;`,
            `    case Mode${k}.Run:`,
            `        acc = i32(acc - Math.trunc(y / 3));`,
            `        break;`,
            `    default:`,
            `        acc = (acc << 1) | 0;`,
            `    }`,
            `    let n = ${k % 13};`,
            `    while (n > 0) {`,
            `        n--;`,
            `        acc = (acc ^ (acc >>> 7)) | 0;`,
            `    }`,
            `    counter${k}.bump(u8(acc));`,
            `    const hdr = readU16BE(buf${k}, 2);`,
            `    return i32(acc + hdr);`,
            `}`,
            "");
    }
    out.push("export function main(): number {", "    let total = 0;");
    for (let k = 0; k < units; k++) {
        out.push(`    total = i32(total + step${k}(${k}, ${k * 3}));`);
    }
    out.push("    console.log(`total ${total}`);", "    return 0;", "}", "");
    return out.join("\n");
}

export interface SpeedRow {
    readonly what: string;
    readonly cpu: Stat;
    /** A goal, as a limit in ms, and whether the median meets it. */
    readonly goal?: { readonly text: string; readonly met: boolean };
}

export interface CompileSpeed {
    readonly rows: SpeedRow[];
    readonly bigLines: number;
    /** compile()'s own stages for the 5,000-line program in a fresh process, wall ms. */
    readonly bigStages: Record<string, number>;
}

/** Wall ms of compile() on `entry` in a process that already compiled it once: each run edits one literal. */
function warmRecheck(root: string, entry: string, runs: number, emit: boolean): number[] {
    const script = `
const { compile } = require(${JSON.stringify(path.join(root, "dist", "compiler", "index.js"))});
const fs = require("fs");
const full = ${JSON.stringify(path.join(root, entry))};
const text = fs.readFileSync(full, "utf8");
const times = [];
for (let i = 0; i <= ${runs}; i++) {
    // an edit, as a user types: one number changes, so nothing can come from a result cache
    const edited = text.replace(/12345/, String(12345 + i));
    const host = { cwd: ${JSON.stringify(root)}, runtimeDir: ${JSON.stringify(path.join(root, "runtime", "api"))},
        readFile: (p) => (p === full ? edited : fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined) };
    const t0 = performance.now();
    const r = compile(${JSON.stringify(entry)}, host, { checkOnly: ${!emit} });
    if (!r.ok) { console.error(r.diagnostics.map((d) => d.message).join("\\n")); process.exit(1); }
    if (i > 0) times.push(performance.now() - t0);
}
console.log(JSON.stringify(times));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    if (r.status !== 0) {
        throw new Error(`the warm re-check failed:\n${r.stderr}`);
    }
    return JSON.parse(r.stdout) as number[];
}

export function benchCompileSpeed(root: string, work: string, repeats: number, progress: (l: string) => void): CompileSpeed {
    const cli = path.join(root, "compiler", "cli", "bin.js");
    const node = process.execPath;
    const big = path.join(work, "big.ts");
    const text = generateProgram(125);
    fs.writeFileSync(big, text);
    const devs = devsCli(root);
    const devsDir = path.join(work, "devs-compile");
    fs.mkdirSync(path.join(devsDir, "src"), { recursive: true });
    fs.copyFileSync(path.join(root, "test", "bench", "devs", "records.ts"), path.join(devsDir, "src", "records.ts"));
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
    delete env.RIOTBASE;
    const out = (name: string) => path.join(work, `out-${name}`);
    const commands: { what: string; cmd: string[]; cwd?: string; goal?: (floor: number) => number; goalText?: string }[] = [
        { what: "load ts-morph (the floor: node + require)", cmd: [node, "-e", "require('ts-morph')"] },
        { what: "riotscript check examples/udp-echo (cold process)", cmd: [node, cli, "check", "examples/udp-echo/main.ts"],
            goal: (floor) => 1.5 * floor, goalText: "within 1.5x the floor" },
        { what: "riotscript build examples/udp-echo --no-make (cold process)",
            cmd: [node, cli, "build", "examples/udp-echo/main.ts", "--board", "native64", "--no-make", "--out", out("udp")] },
        { what: "riotscript check test/bench/kernels/records.ts (cold process)",
            cmd: [node, cli, "check", "test/bench/kernels/records.ts"] },
        { what: "riotscript build test/bench/kernels/records.ts --no-make (cold process)",
            cmd: [node, cli, "build", "test/bench/kernels/records.ts", "--board", "native64", "--no-make", "--out", out("rec")] },
        ...(typeof devs === "string" ? [{ what: "devs build test/bench/devs/records.ts (cold process)",
            cmd: [node, devs, "build", "--ignore-missing-config", "src/records.ts"], cwd: devsDir }] : []),
        { what: `riotscript check of a ${text.split("\n").length}-line program (cold process)`, cmd: [node, cli, "check", big],
            goal: () => 3000, goalText: "under 3 s" },
    ];
    const samples = new Map<string, number[]>();
    for (let i = 0; i < repeats; i++) {
        for (let j = 0; j < commands.length; j++) {
            const c = commands[(i + j) % commands.length];
            const ms = cpuOk(c.cmd, { cwd: c.cwd ?? root, env }).cpuMs;
            samples.set(c.what, [...(samples.get(c.what) ?? []), ms]);
        }
        progress(`compile speed: round ${i + 1}/${repeats}`);
    }
    const floor = median(samples.get(commands[0].what) as number[]);
    const rows: SpeedRow[] = commands.map((c) => {
        const s = stat(samples.get(c.what) as number[]);
        return { what: c.what, cpu: s, goal: c.goal ? { text: c.goalText as string, met: s.median <= c.goal(floor) } : undefined };
    });
    if (typeof devs !== "string") {
        rows.push({ what: `devs build: ${devs.why}`, cpu: stat([NaN]) });
    }
    const warm = warmRecheck(root, "examples/udp-echo/main.ts", 15, false);
    rows.push({ what: "warm re-check of examples/udp-echo after an edit (one process, wall)", cpu: stat(warm),
        goal: { text: "under 50 ms", met: median(warm) < 50 } });
    const warmBuild = warmRecheck(root, "examples/udp-echo/main.ts", 15, true);
    rows.push({ what: "warm compile to C of examples/udp-echo after an edit (one process, wall)", cpu: stat(warmBuild) });
    const plugin = pluginTimes(root, work, generateProgram(6), 10);
    rows.push({ what: `editor plugin: first diagnostics of a ${plugin.lines}-line file (one tsserver-like process, wall)`,
        cpu: stat([plugin.first]) });
    rows.push({ what: `editor plugin: diagnostics after an edit, ${plugin.lines}-line file (wall, TypeScript's own included)`,
        cpu: stat(plugin.edits), goal: { text: "under 300 ms", met: median(plugin.edits) < 300 } });
    const stages = bigStages(root, work, big);
    return { rows, bigLines: text.split("\n").length, bigStages: stages };
}

/** compile()'s stages for the big program in a fresh process. */
function bigStages(root: string, dir: string, file: string): Record<string, number> {
    const script = `
const { compile } = require(${JSON.stringify(path.join(root, "dist", "compiler", "index.js"))});
const fs = require("fs");
const host = { cwd: ${JSON.stringify(dir)}, runtimeDir: ${JSON.stringify(path.join(root, "runtime", "api"))},
    readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined) };
const t0 = performance.now();
const r = compile(${JSON.stringify(path.basename(file))}, host);
if (!r.ok) { console.error(r.diagnostics.slice(0, 5).map((d) => d.message).join("\\n")); process.exit(1); }
console.log(JSON.stringify({ ...r.timings, total: performance.now() - t0 }));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    if (r.status !== 0) {
        throw new Error(`the generated program did not compile:\n${r.stderr}`);
    }
    return JSON.parse(r.stdout) as Record<string, number>;
}

/**
 * The language-service plugin as tsserver runs it: a language service (ts-morph's TypeScript)
 * over one firmware file, wrapped by compiler/ts-plugin.js; the wall time of
 * getSemanticDiagnostics the first time, then after each of `edits` edits.
 */
function pluginTimes(root: string, work: string, text: string, edits: number): { lines: number; first: number; edits: number[] } {
    const dir = path.join(work, "plugin");
    fs.mkdirSync(dir, { recursive: true });
    const script = `
const { ts } = require("ts-morph");
const path = require("path");
const plugin = require(${JSON.stringify(path.join(root, "compiler", "ts-plugin.js"))});
const file = ${JSON.stringify(path.join(dir, "main.ts"))};
let text = ${JSON.stringify(text)};
let version = 1;
const host = {
    getCompilationSettings: () => ({ strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true,
        paths: { riotscript: [${JSON.stringify(path.join(root, "runtime", "index.ts"))}] } }),
    getScriptFileNames: () => [file],
    getScriptVersion: (f) => (f === file ? String(version) : "1"),
    getScriptSnapshot: (f) => f === file ? ts.ScriptSnapshot.fromString(text)
        : (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)) : undefined),
    getCurrentDirectory: () => ${JSON.stringify(dir)},
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => f === file || ts.sys.fileExists(f),
    readFile: (f) => (f === file ? text : ts.sys.readFile(f)),
};
const ls = plugin({ typescript: ts }).create({ languageService: ts.createLanguageService(host), languageServiceHost: host,
    project: { getCurrentDirectory: () => ${JSON.stringify(dir)} } });
const time = () => { const t0 = performance.now(); const d = ls.getSemanticDiagnostics(file);
    if (d.some((x) => x.source === "riotscript")) { console.error(JSON.stringify(d.map((x) => x.messageText))); process.exit(1); }
    return performance.now() - t0; };
const first = time();
const times = [];
for (let i = 0; i < ${edits}; i++) {
    text = text.replace(/Run = \\d+/, "Run = " + (50 + i));
    version++;
    times.push(time());
}
console.log(JSON.stringify({ first, edits: times }));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: root });
    if (r.status !== 0) {
        throw new Error(`the plugin's timing failed:\n${r.stderr}`);
    }
    const j = JSON.parse(r.stdout) as { first: number; edits: number[] };
    return { lines: text.split("\n").length, ...j };
}

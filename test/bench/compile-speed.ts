/**
 * Compile speed: a generated program of about 5,000 lines (classes, enums, tables, loops,
 * switches, arithmetic of every width) compiled to C in a fresh Node process, with the time of
 * each stage; then again in the same process, as an editor or a watch mode would.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

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

export interface CompileSpeed {
    lines: number;
    total: number;
    stages: Record<string, number>;
    warm: number;
    warmStages: Record<string, number>;
}

/** Compiles the generated program in a new Node process (cold) and a second time in it (warm). */
export function benchCompileSpeed(root: string): CompileSpeed {
    const text = generateProgram(125);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-speed-"));
    const file = path.join(dir, "big.ts");
    fs.writeFileSync(file, text);
    const script = `
const { compile } = require(${JSON.stringify(path.join(root, "dist", "compiler", "index.js"))});
const fs = require("fs");
const host = { cwd: ${JSON.stringify(dir)}, runtimeDir: ${JSON.stringify(path.join(root, "runtime", "api"))},
    readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined) };
const runs = [];
for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    const r = compile("big.ts", host);
    if (!r.ok) { console.error(r.diagnostics.slice(0, 5).map((d) => d.span && d.span.line + ": " + d.message).join("\\n")); process.exit(1); }
    runs.push({ total: performance.now() - t0, stages: r.timings });
}
console.log(JSON.stringify(runs));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    fs.rmSync(dir, { recursive: true, force: true });
    if (r.status !== 0) {
        throw new Error(`the generated program did not compile:\n${r.stderr}`);
    }
    const [cold, warm] = JSON.parse(r.stdout) as { total: number; stages: Record<string, number> }[];
    return { lines: text.split("\n").length, total: cold.total, stages: cold.stages, warm: warm.total, warmStages: warm.stages };
}

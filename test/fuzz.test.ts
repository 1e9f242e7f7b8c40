/**
 * Fuzzing the compiler: thousands of mutants of the corpus programs (lines deleted,
 * duplicated or swapped, tokens cut, operators and names exchanged, foreign constructs
 * spliced in). Whatever the input, the compiler must answer with diagnostics or C, never
 * an uncaught exception and never an internal error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compile } from "../compiler/index";
import { fsHost, ROOT } from "./helpers";

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2500);

/** xorshift32: a reproducible stream of mutations for a given seed. */
function rng(seed: number): () => number {
    let x = seed >>> 0 || 1;
    return () => {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        return x / 2 ** 32;
    };
}

const SNIPPETS = ["x++;", "let q = 1 / 0;", "new Uint8Array(n)", "for (;;) {}", "class Z extends Y {}",
    "a[i] = b;", "\"s\" + 1", "{", "}", "(", ")", "as any", "?.", "=>", "async ", "await x;", "yield 1;",
    "this.x", "super()", "[1, 2]", "{ a: 1 }", "u8(", "Math.random()", "console.log(x)", "return;",
    "break;", "continue;", "switch (x) {", "case 1:", "default:", "enum E { A = \"a\" }", "label:",
    "function f(): number", "typeof x", "delete a[0]", "import x from \"fs\";", "export default 1;",
    "0x", "1e400", "99999999999999999999", "-0", "NaN", "`${", "'", "\"", "//", "/*", "#", "@dec",
    "declare const z: any;", "let [a, b] = c;", "try {} catch {}", "throw 1;", "x ??= 1;", "a ** b",
    "structArray(Point, 0)", "readU16BE(buf, -1)", ".subarray(", "i32(1.5)", "f64(", "!", "~"];
const OPERATORS = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>", "<", "<=", ">", ">=", "===",
    "!==", "&&", "||", "=", "+=", "?", ":"];

function mutate(text: string, r: () => number): string {
    const lines = text.split("\n");
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const n = 1 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) {
        const i = Math.floor(r() * lines.length);
        switch (Math.floor(r() * 7)) {
        case 0: lines.splice(i, 1); break;
        case 1: lines.splice(i, 0, lines[Math.floor(r() * lines.length)] ?? ""); break;
        case 2: {
            const j = Math.floor(r() * lines.length);
            [lines[i], lines[j]] = [lines[j], lines[i]];
            break;
        }
        case 3: {
            const l = lines[i] ?? "";
            const a = Math.floor(r() * (l.length + 1));
            lines[i] = l.slice(0, a) + l.slice(a + 1 + Math.floor(r() * 8));
            break;
        }
        case 4: {
            const l = lines[i] ?? "";
            const a = Math.floor(r() * (l.length + 1));
            lines[i] = l.slice(0, a) + pick(SNIPPETS) + l.slice(a);
            break;
        }
        case 5:
            lines[i] = (lines[i] ?? "").replace(/[-+*/%&|^<>=!]+/, () => pick(OPERATORS));
            break;
        default: {
            const names = text.match(/\b[A-Za-z_]\w*\b/g) ?? ["x"];
            lines[i] = (lines[i] ?? "").replace(/\b[A-Za-z_]\w*\b/, () => pick(names));
            break;
        }
        }
    }
    return lines.join("\n");
}

function corpus(): string[] {
    const dirs = ["test/run", "test/errors", "examples/udp-echo"];
    return dirs.flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith(".ts") && f !== "run-support.ts")
        .map((f) => path.join(ROOT, d, f)));
}

test(`${COUNT} mutated programs: diagnostics or C, never a crash or an internal error`, () => {
    const r = rng(SEED);
    const files = corpus();
    const texts = files.map((f) => fs.readFileSync(f, "utf8"));
    const failures: string[] = [];
    let compiled = 0;
    for (let i = 0; i < COUNT; i++) {
        const k = Math.floor(r() * files.length);
        const mutant = mutate(texts[k], r);
        const name = path.join(path.dirname(files[k]), `fuzz-${path.basename(files[k])}`);
        let result;
        try {
            result = compile(path.relative(ROOT, name), fsHost(ROOT, { [name]: mutant }));
        } catch (e) {
            failures.push(`crash on mutant ${i} of ${path.relative(ROOT, files[k])}: ${(e as Error).stack}\n${mutant}`);
            continue;
        }
        const internal = result.diagnostics.find((d) => d.code === 9001);
        if (internal) {
            failures.push(`internal error on mutant ${i} of ${path.relative(ROOT, files[k])} at line `
                + `${internal.span?.line}: ${internal.message}\n${mutant}`);
        }
        if (result.ok) {
            compiled++;
        }
    }
    if (failures.length > 0) {
        fs.writeFileSync(path.join(require("node:os").tmpdir(), "riotscript-fuzz-failures.txt"), failures.join("\n\n=====\n"));
    }
    expect(failures.slice(0, 3)).toEqual([]);
    // the mutants must reach the later stages too, or this tests only the parser
    expect(compiled).toBeGreaterThan(COUNT / 40);
}, 600000);

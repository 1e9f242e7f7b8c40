/**
 * Integer-valued `number` (compiler/lower/numbers.ts): a `number` that provably holds only
 * integers within 2^53 becomes the C integer its values need; anything else stays a double.
 * The differential corpus (test/run/a-integer-numbers.ts) proves Node and C print the same.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compileText, ROOT } from "../helpers";

function c(text: string): string {
    const r = compileText(text);
    expect(r.diagnostics.map((d) => `${d.span?.line}: RS${d.code} ${d.message}`)).toEqual([]);
    return r.files.get("main.c") as string;
}

test("the corpus's plain-number program computes with integers of the width each value needs", () => {
    const src = fs.readFileSync(path.join(ROOT, "test", "run", "a-integer-numbers.ts"), "utf8");
    // (the program prints "floor(a / b)" as text)
    const out = c(src).replace(/"[^"\n]*"/g, '""');
    expect(out).not.toMatch(/double|fmod|\bfloor\(/);
    expect(out).toContain("static int32_t digitSum(int32_t n)");
    // milliseconds since 1970 need 64 bits; a checksum of two 16-bit halves, 32 unsigned
    expect(out).toContain("static int32_t daysSinceEpoch(int64_t ms)");
    expect(out).toContain("static uint32_t adler(uint8_t *b, size_t b_len)");
    expect(out).toMatch(/int32_t a = 1;\n\s+int32_t s = 0;/);
});

test("% and Math.floor(a / b) on integer-valued numbers need no fmod and no floor", () => {
    const out = c("function split(ms: number): number {\n    const s: number = Math.floor(ms / 1000);\n"
        + "    return s % 60;\n}\nexport function main(): number {\n"
        + "    console.log(`${split(125000)}`);\n    return 0;\n}\n");
    expect(out).toContain("static int32_t split(int32_t ms)");
    expect(out).not.toMatch(/double|fmod|\bfloor\(/);
});

test("a number given a fraction, or computed with a float, stays a double", () => {
    const out = c("const out = new Float64Array(4);\nfunction scale(x: number): number {\n    return x * 0.5;\n}\n"
        + "export function main(): number {\n    let g: number = 2;\n    g = Math.sqrt(g);\n"
        + "    out[0] = scale(3);\n    out[1] = g;\n    return 0;\n}\n");
    expect(out).toContain("static double scale(double x)");
    expect(out).toContain("double g = 2");
});

test("an exported function's number parameters stay doubles: a caller outside may pass 0.5", () => {
    const out = c("const out = new Float64Array(4);\nexport function put(v: number): void {\n    out[0] = v;\n}\n"
        + "export function main(): number {\n    put(3);\n    return 0;\n}\n");
    expect(out).toContain("put(double v)");
});

test("an integer that may pass 2^53 stays a double, where JavaScript rounds it", () => {
    const out = c("const out = new Float64Array(1);\nexport function main(): number {\n    let t: number = 1;\n"
        + "    for (let i = 0; i < 60; i++) {\n        t = t * 3;\n    }\n    out[0] = t;\n    return 0;\n}\n");
    expect(out).toContain("double t = 1");
});

test("a non-exported function's number parameters that only get integers are integers", () => {
    const out = c(`import { u8 } from "riotscript";\nconst buf = new Uint8Array(8);\n`
        + "function put(v: number, i: number): void {\n    if (i >= 0 && i < 8 && v >= 0 && v <= 255) {\n"
        + "        const x: u8 = v;\n        buf[i] = x;\n    }\n}\n"
        + "export function main(): number {\n    put(3, 1);\n    put(200, 7);\n    console.log(`${buf[7]}`);\n"
        + "    return 0;\n}\n");
    expect(out).toContain("static void put(int32_t v, int32_t i)");
});

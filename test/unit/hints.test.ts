/**
 * Hints that name the alternative: RS2004 for the names people reach for first (Node's
 * Buffer methods, DataView, Date.now, timers), and RS2005's wording for objects.
 */
import { compileText } from "../helpers";

function firstHint(body: string): { code: number; message: string; hint?: string } {
    const r = compileText(`import { u8, u32 } from "riotscript";\nconst buf = new Uint8Array(8);\n${body}\n`
        + "export function main(): number {\n    return 0;\n}\n");
    const d = r.diagnostics.find((x) => x.source === "RS");
    expect(d).toBeDefined();
    return { code: d?.code as number, message: d?.message as string, hint: d?.hint };
}

test.each([
    ["buf.slice(0, 4)", /buf\.subarray\(start, end\)/],
    ["buf.readUInt32BE(0)", /readU32BE\(buf, offset\)/],
    ["buf.writeUInt16BE(1, 0)", /writeU16BE\(buf, offset, value\)/],
    ["Date.now()", /ztimerNow\(Clock\.MSEC\)/],
    ["Math.random()", /xorshift/],
    ["buf.copyWithin(0, 4)", /dst\.set\(src, offset\)/],
])("RS2004 on %s names what to write", (expr, hint) => {
    const d = firstHint(`export function f(): u32 {\n    const x = ${expr};\n    return 0;\n}`);
    expect(d.code).toBe(2004);
    expect(d.hint).toMatch(hint);
});

test.each([
    ["count++", "count = u32(count + 1)", "if (count < 4294967295) count++"],
    ["count += 1", "count = u32(count + 1)", "if (count < 4294967295) count++"],
])("RS2101 on a counter's %s offers a wrapping and a stopping counter, both Node-equal", (step, wrap, stop) => {
    const r = compileText(`import { u32 } from "riotscript";\nlet count: u32 = 0;\n`
        + `export function main(): number {\n    ${step};\n    return 0;\n}\n`);
    const d = r.diagnostics.find((x) => x.source === "RS");
    expect(d?.code).toBe(2101);
    expect(d?.hint).toContain(wrap);
    expect(d?.hint).toContain(stop);
    expect(d?.hint).toMatch(/wraps/); // a wrap is never suggested without saying so
});

test("a 'number' parameter where an integer is needed names the parameter and suggests an integer type", () => {
    // exported: any caller may pass a fraction, so the parameters stay doubles (numbers.test.ts)
    const r = compileText(`import { u8 } from "riotscript";\nconst buf = new Uint8Array(8);\n`
        + "export function put(v: number, i: number): void {\n    const x: u8 = v;\n    buf[i] = x;\n}\n"
        + "export function main(): number {\n    put(3, 1);\n    return 0;\n}\n");
    const ds = r.diagnostics.filter((x) => x.source === "RS");
    expect(ds.map((d) => d.code)).toEqual([2105, 2003]);
    expect(ds[0].hint).toContain("'v' is declared 'number' on line 3: if it holds integers, declare it 'u8'");
    expect(ds[1].hint).toContain("'i' is declared 'number' on line 3: declare it 'i32'");
});

test.each([
    ["new DataView(new ArrayBuffer(8))", "Cover a Uint8Array's bytes exactly"],
    ["new DataView(buf.buffer, 2, 4)", "Cover a Uint8Array's bytes exactly"],
])("a DataView that does not cover a Uint8Array exactly (%s) names the form that does", (init, hint) => {
    const r = compileText(`const buf = new Uint8Array(8);\nexport function main(): number {\n    const v = ${init};\n`
        + "    console.log(`${v.getUint8(0)}`);\n    return 0;\n}\n");
    const d = r.diagnostics.find((x) => x.source === "RS");
    expect(d?.hint).toContain(hint);
});

test("a DataView's littleEndian must be a constant: the byte order is decided at compile time", () => {
    const r = compileText("const buf = new Uint8Array(8);\nexport function f(le: boolean): number {\n"
        + "    const v = new DataView(buf.buffer);\n    return v.getUint16(0, le);\n}\n"
        + "export function main(): number {\n    console.log(`${f(true)}`);\n    return 0;\n}\n");
    const d = r.diagnostics.find((x) => x.source === "RS");
    expect(d?.code).toBe(2107);
    expect(d?.hint).toContain("Write true or false");
});

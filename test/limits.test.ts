/**
 * Programs at the compiler's limits: as deep as TypeScript itself can check and deeper. A
 * chain of 2,000 calls, a 4,000-term sum and 3,000 (and 10,000) nested parentheses compile
 * (riotscript retries on a thread with a 256 MiB stack); 1,000 chained `else if`s get
 * TypeScript's own located diagnostic. None may be an internal error.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli } from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-limits-"));
const program = (body: string) => `import { i32 } from "riotscript";
function f(x: i32): i32 {
    return i32(x + 1);
}
export function main(): number {
    let x: i32 = 1;
${body}
    console.log(\`\${x}\`);
    return 0;
}
`;
const cases: [string, string][] = [
    ["calls-2000", `    x = ${"f(".repeat(2000)}0${")".repeat(2000)};`],
    ["sum-4000", `    x = i32(${Array(4000).fill("x").join(" + ")});`],
    ["parens-3000", `    x = ${"(".repeat(3000)}1${")".repeat(3000)};`],
    ["parens-10000", `    x = ${"(".repeat(10000)}1${")".repeat(10000)};`],
];

test.each(cases)("%s compiles", async (name, body) => {
    fs.writeFileSync(path.join(dir, `${name}.ts`), program(body));
    const r = await cli(["check", `${name}.ts`, "--pretty", "false"], {}, dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
}, 120000);

test("1,000 chained else-ifs get TypeScript's own diagnostic, at its line", async () => {
    const chain = [...Array(1000).keys()].map((i) => `if (x === ${i}) { x = ${i + 1}; }`).join(" else ");
    fs.writeFileSync(path.join(dir, "elseif.ts"), program(`    ${chain}`));
    const r = await cli(["check", "elseif.ts", "--pretty", "false"], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^elseif\.ts:\d+:\d+ - error TS2563: /);
    expect(r.stderr).not.toContain("RS9001");
}, 120000);

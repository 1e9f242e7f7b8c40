/**
 * Diagnostics: each file in test/errors declares the errors it must produce inline, as
 * `//! RS1001 col 5` at the end of the line the error is on. The compiler must report
 * exactly those codes at exactly those lines and columns, all in one run.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compileFile, ROOT } from "./helpers";
import { formatDiagnostic } from "../compiler/index";

const DIR = path.join(ROOT, "test", "errors");
const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts")).sort();

function expected(text: string): string[] {
    const out: string[] = [];
    text.split("\n").forEach((line, i) => {
        for (const m of line.matchAll(/\/\/! (RS|TS)(\d+) col (\d+)/g)) {
            out.push(`${i + 1}:${m[3]} ${m[1]}${m[2]}`);
        }
    });
    return out.sort();
}

describe("diagnostics", () => {
    test("there are at least 10 error cases", () => {
        expect(files.length).toBeGreaterThanOrEqual(10);
    });

    test.each(files)("%s", (file) => {
        const rel = path.join("test", "errors", file);
        const result = compileFile(rel);
        expect(result.ok).toBe(false);
        const got = result.diagnostics.map((d) => `${d.span?.line}:${d.span?.col} ${d.source}${d.code}`).sort();
        expect(got).toEqual(expected(fs.readFileSync(path.join(DIR, file), "utf8")));
        for (const d of result.diagnostics) {
            expect(d.span?.file).toBe(rel);
            if (d.source === "RS") {
                // every riotscript rejection says what to write instead
                expect(d.hint && d.hint.length).toBeTruthy();
            }
            const line = formatDiagnostic(d, { pretty: false, color: false, sources: result.sources });
            expect(line).toMatch(new RegExp(`^${rel.replace(/\./g, "\\.")}:\\d+:\\d+ - error (RS|TS)\\d+: `));
        }
    });
});

/**
 * docs/language.md must match the compiler: every diagnostic in the catalog is documented
 * in its table of rejections, and the table names no code the catalog does not have.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { catalog } from "../../compiler/diagnostics/catalog";
import { ROOT } from "../helpers";

const doc = fs.readFileSync(path.join(ROOT, "docs", "language.md"), "utf8");
const codes = Object.values(catalog).map((d) => `RS${d.code}`);

test.each(codes)("%s is documented in docs/language.md", (code) => {
    expect(doc).toMatch(new RegExp(`^\\| ${code} \\|`, "m"));
});

test("docs/language.md lists no code the compiler does not have", () => {
    const listed = [...doc.matchAll(/^\| (RS\d{4}) \|/gm)].map((m) => m[1]);
    expect(listed.filter((c) => !codes.includes(c))).toEqual([]);
});

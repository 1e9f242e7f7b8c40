/**
 * docs/api.md's mapping table is generated from the bindings; this fails when they drift.
 * Regenerate with `UPDATE_GOLDEN=1 npm test`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { apiTable } from "../../compiler/riot/apidoc";
import { ROOT } from "../helpers";

const BEGIN = "<!-- api-table:begin (generated from compiler/riot/bindings.ts) -->\n";
const END = "<!-- api-table:end -->";

test("docs/api.md has the current API table", () => {
    const file = path.join(ROOT, "docs", "api.md");
    const text = fs.readFileSync(file, "utf8");
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    const current = text.slice(start + BEGIN.length, end);
    if (process.env.UPDATE_GOLDEN === "1") {
        fs.writeFileSync(file, text.slice(0, start + BEGIN.length) + apiTable() + text.slice(end));
        return;
    }
    expect(current).toBe(apiTable());
});

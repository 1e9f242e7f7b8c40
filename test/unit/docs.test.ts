/**
 * docs/language.md must match the compiler: every diagnostic in the catalog is documented
 * in its table of rejections, and the table names no code the catalog does not have.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { catalog } from "../../compiler/diagnostics/catalog";
import { COMMAND_NAMES, main } from "../../compiler/cli/main";
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

test("the README's CLI block shows every command, with the options its --help lists (but --pretty and --riotbase)", async () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const block = /## The CLI\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    for (const cmd of COMMAND_NAMES) {
        const lines = block.split("\n").filter((l) => new RegExp(`^riotscript ${cmd}\\b`).test(l.replace(/\s+/g, " ")));
        expect(lines.length).toBeGreaterThan(0);
        let help = "";
        await main([cmd, "--help"], { stdout: (t: string) => { help += t; }, stderr: () => undefined, cwd: ROOT, env: {}, color: false });
        const options = [...help.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]).filter((o) => o !== "--pretty" && o !== "--riotbase");
        const shown = lines.join(" ");
        expect(options.filter((o) => !shown.includes(o))).toEqual([]);
    }
});

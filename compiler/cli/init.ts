/**
 * `riotscript init <dir>`: a new firmware project that depends on riotscript, from the
 * templates in targets/init (package.json with the Jest setup, tsconfig.json, its tests in
 * test/main.test.ts, a README, a VS Code task whose problem matcher reads riotscript's
 * one-line diagnostics) and the udp-echo example as src/main.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export interface InitResult {
    readonly created: readonly string[];
    readonly error?: string;
}

/** The files of a new project, by path relative to it. */
function templateFiles(templates: string, name: string, riotscript: string): Map<string, string> {
    const fill = (text: string) => text.replace(/\{\{name\}\}/g, name).replace(/\{\{riotscript\}\}/g, riotscript);
    const out = new Map<string, string>();
    const walk = (dir: string, rel: string): void => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const from = path.join(dir, entry.name);
            const to = path.join(rel, entry.name);
            if (entry.isDirectory()) {
                // npm leaves dot-folders out of some packs: the template's vscode/ is .vscode/
                walk(from, entry.name === "vscode" ? path.join(rel, ".vscode") : to);
            } else if (entry.name === "gitignore.tmpl") {
                out.set(path.join(rel, ".gitignore"), fill(fs.readFileSync(from, "utf8")));
            } else {
                out.set(to.replace(/\.tmpl$/, ""), fill(fs.readFileSync(from, "utf8")));
            }
        }
    };
    walk(templates, "");
    return out;
}

/**
 * Writes the project into `dir`, which must not exist or be empty. Its firmware is
 * `firmware` (the udp-echo example), so the template cannot drift from the example.
 */
export function initProject(dir: string, templates: string, firmware: string, riotscript: string): InitResult {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
        return { created: [], error: `${dir} is not empty; choose a new folder` };
    }
    const name = path.basename(path.resolve(dir)).toLowerCase().replace(/[^a-z0-9-_.]/g, "-") || "firmware";
    const files = templateFiles(templates, name, riotscript);
    files.set(path.join("src", "main.ts"), fs.readFileSync(firmware, "utf8"));
    for (const [rel, text] of files) {
        const file = path.join(dir, rel);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
    }
    return { created: [...files.keys()].sort() };
}

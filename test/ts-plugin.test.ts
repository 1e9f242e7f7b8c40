/**
 * The language-service plugin (compiler/ts-plugin.js, as tsconfig.json names it) driven
 * through TypeScript's language-service API, as tsserver drives it: a subset violation is a
 * diagnostic at its span, with the hint; fixing the text in the editor (no save) clears it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ts } from "ts-morph";
import { ROOT } from "./helpers";

// the file tsserver loads, by the path "riotscript/compiler/ts-plugin" resolves to
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require(path.join(ROOT, "compiler", "ts-plugin.js")) as
    (m: { typescript: typeof ts }) => { create(info: unknown): ts.LanguageService };

const FIRMWARE = `import { EventQueue } from "riotscript";

const queue = new EventQueue();

export function main(): number {
    var count = 0;
    queue.init();
    return count;
}
`;

/** A language service over `files`, which the test edits in place as an editor would. */
function service(dir: string, files: Map<string, { text: string; version: number }>) {
    const host: ts.LanguageServiceHost = {
        getCompilationSettings: () => ({ strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
            moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true,
            paths: { riotscript: [path.join(ROOT, "runtime", "index.ts")] } }),
        getScriptFileNames: () => [...files.keys()],
        getScriptVersion: (f) => String(files.get(f)?.version ?? 0),
        getScriptSnapshot: (f) => {
            const open = files.get(f);
            if (open) {
                return ts.ScriptSnapshot.fromString(open.text);
            }
            return fs.existsSync(f) ? ts.ScriptSnapshot.fromString(fs.readFileSync(f, "utf8")) : undefined;
        },
        getCurrentDirectory: () => dir,
        getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
        fileExists: (f) => files.has(f) || fs.existsSync(f),
        readFile: (f) => files.get(f)?.text ?? (fs.existsSync(f) ? fs.readFileSync(f, "utf8") : undefined),
    };
    const languageService = ts.createLanguageService(host, ts.createDocumentRegistry());
    const logged: string[] = [];
    const plugged = factory({ typescript: ts }).create({
        languageService, languageServiceHost: host, config: {},
        project: { getCurrentDirectory: () => dir, projectService: { logger: { info: (s: string) => logged.push(s) } } },
    });
    return { plugged, logged };
}

const riotscriptOnly = (ds: readonly ts.Diagnostic[]) => ds.filter((d) => d.source === "riotscript");

test("an RS error appears at its span with its hint, and a fix in the editor clears it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-plugin-"));
    try {
        const main = path.join(dir, "src", "main.ts");
        const files = new Map([[main, { text: FIRMWARE, version: 1 }]]);
        const { plugged, logged } = service(dir, files);
        const found = riotscriptOnly(plugged.getSemanticDiagnostics(main));
        expect(found).toHaveLength(1);
        const d = found[0];
        expect(d.code).toBe(1001);
        expect(d.category).toBe(ts.DiagnosticCategory.Error);
        // the span is the keyword, where the CLI's code frame points
        expect(d.start).toBe(FIRMWARE.indexOf("var count"));
        expect(FIRMWARE.slice(d.start as number, (d.start as number) + (d.length as number))).toBe("var");
        expect(d.file?.fileName).toBe(main);
        const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
        expect(message).toMatch(/var/);
        expect(message.split("\n").length).toBeGreaterThan(1); // the hint
        expect(logged.some((l) => /plugin loaded/.test(l))).toBe(true);
        // the user types the fix; nothing is saved
        files.set(main, { text: FIRMWARE.replace("var count", "let count"), version: 2 });
        expect(riotscriptOnly(plugged.getSemanticDiagnostics(main))).toEqual([]);
        // and TypeScript's own diagnostics still come through the plugin
        files.set(main, { text: FIRMWARE.replace("var count = 0", "let count: string = 0"), version: 3 });
        const both = plugged.getSemanticDiagnostics(main);
        expect(both.some((x) => x.source !== "riotscript" && x.code === 2322)).toBe(true);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

test("a helper module is checked without a main; tests and files that do not import riotscript are left to TypeScript", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-plugin-"));
    try {
        // a helper module: checked, but not asked for a main
        const helper = path.join(dir, "src", "util.ts");
        const util = new Map([[helper, { text: 'import { u8 } from "riotscript";\nexport function half(x: u8): u8 {\n'
            + "    return x / 2;\n}\n", version: 1 }]]);
        const helperDiags = riotscriptOnly(service(dir, util).plugged.getSemanticDiagnostics(helper));
        expect(helperDiags.map((d) => d.code)).toEqual([2103]);
        const test = path.join(dir, "test", "main.test.ts");
        const plain = path.join(dir, "src", "tool.ts");
        const files = new Map([[test, { text: FIRMWARE, version: 1 }], [plain, { text: "var x = 1;\nexport { x };\n", version: 1 }]]);
        const { plugged } = service(dir, files);
        expect(riotscriptOnly(plugged.getSemanticDiagnostics(test))).toEqual([]);
        expect(riotscriptOnly(plugged.getSemanticDiagnostics(plain))).toEqual([]);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

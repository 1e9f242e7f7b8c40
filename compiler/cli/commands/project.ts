/**
 * `riotscript check` (the program against TypeScript and the subset) and `riotscript init`
 * (a new firmware project).
 */
import * as path from "node:path";
import { VERSION } from "../../index";
import { Parsed } from "../args";
import { compileAndReport, entryOf, EXIT, Io, packageRoot } from "../common";
import { initProject, riotscriptOrigin } from "../init";

export async function cmdCheck(parsed: Parsed, io: Io, help: string): Promise<number> {
    const entry = entryOf(parsed, io, "check", help);
    if (entry === undefined) {
        return EXIT.usage;
    }
    const result = await compileAndReport(entry, parsed, io, true);
    if (parsed.options.has("json")) {
        const m = result.module;
        io.stdout(JSON.stringify({
            entry,
            ok: result.ok,
            diagnostics: result.diagnostics.map((d) => ({
                code: `${d.source}${d.code}`, message: d.message, ...(d.hint ? { hint: d.hint } : {}),
                ...(d.span ? { file: d.span.file, line: d.span.line, col: d.span.col, start: d.span.start, end: d.span.end } : {}),
            })),
            ...(result.ok && m ? { boundsChecks: { removed: m.checksRemoved, kept: m.checksKept } } : {}),
        }, null, 2) + "\n");
        return result.ok ? EXIT.ok : EXIT.errors;
    }
    if (result.ok && result.module) {
        const m = result.module;
        io.stdout(`${entry}: no errors; bounds checks: ${m.checksRemoved} proven unnecessary, ${m.checksKept} kept\n`);
    }
    return result.ok ? EXIT.ok : EXIT.errors;
}

export function cmdInit(parsed: Parsed, io: Io, help: string): number {
    const dir = parsed.positional[0];
    if (!dir) {
        io.stderr(`riotscript init: which folder? ${help}`);
        return EXIT.usage;
    }
    const spec = parsed.options.get("riotscript");
    const root = packageRoot();
    const origin = typeof spec === "string"
        ? { spec: /^[.\/~]/.test(spec) || /\.(tgz|tar\.gz)$/.test(spec) ? `file:${path.resolve(io.cwd, spec)}` : spec, from: "--riotscript" }
        : riotscriptOrigin(root, VERSION);
    const riotscript = origin.spec;
    const target = path.resolve(io.cwd, dir);
    const r = initProject(target, path.join(root, "targets", "init"), path.join(root, "examples", "udp-echo", "main.ts"),
        riotscript);
    if (r.error) {
        io.stderr(`riotscript init: ${r.error}\n`);
        return EXIT.usage;
    }
    for (const f of r.created) {
        io.stdout(`  created ${path.join(dir, f)}\n`);
    }
    io.stdout(`\nriotscript dependency: "${riotscript}" (from ${origin.from})\n`);
    io.stdout(`\nNext:\n  cd ${dir}\n  npm install\n  npm test\n  npm start\n`);
    return EXIT.ok;
}

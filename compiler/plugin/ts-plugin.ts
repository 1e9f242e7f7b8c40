/**
 * riotscript's TypeScript language-service plugin: riotscript's own diagnostics (RS codes,
 * with their hints) next to TypeScript's, in every editor that runs tsserver (VS Code with the
 * workspace TypeScript, Neovim and others through typescript-language-server).
 *
 * A project enables it in tsconfig.json: `"plugins": [{ "name": "riotscript/compiler/ts-plugin" }]`.
 * It checks each firmware file (one that imports "riotscript" and is not a test) with the
 * compiler's check stage, reading open editors' unsaved text through the language service, and
 * reuses the compiler's per-process caches (the standard library and the API are parsed once).
 * Like the CLI, it is a shell around the compiler: the I/O is here, the core does none.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { ts } from "ts-morph";
import { catalog, compile, Diagnostic } from "../index";

type Ts = typeof ts;

/** The parts of tsserver's PluginCreateInfo the plugin uses (a test can build them from a LanguageService). */
export interface PluginInfo {
    readonly languageService: ts.LanguageService;
    readonly languageServiceHost: ts.LanguageServiceHost;
    readonly project?: {
        getCurrentDirectory(): string;
        readonly projectService?: { readonly logger?: { info(s: string): void } };
    };
}

const ROOT = path.resolve(__dirname, "..", "..", "..");
const RUNTIME = fs.existsSync(path.join(ROOT, "runtime", "api", "index.ts")) ? path.join(ROOT, "runtime", "api")
    : path.resolve(__dirname, "..", "..", "runtime", "api");

/** A file riotscript compiles: TypeScript that imports the riotscript API, not a test or a declaration. */
export function isFirmware(fileName: string, text: string): boolean {
    return /\.ts$/.test(fileName) && !/\.d\.ts$/.test(fileName) && !/\.(test|spec)\.ts$/.test(fileName)
        && !/[\\/]node_modules[\\/]/.test(fileName) && /from\s+["']riotscript["']/.test(text);
}

function snapshotText(host: ts.LanguageServiceHost, file: string): string | undefined {
    const snap = host.getScriptSnapshot(file);
    return snap ? snap.getText(0, snap.getLength()) : undefined;
}

/** riotscript's diagnostics for `fileName`, as TypeScript diagnostics of the language service's program. */
export function riotscriptDiagnostics(tsx: Ts, info: PluginInfo, fileName: string): ts.Diagnostic[] {
    const host = info.languageServiceHost;
    const text = snapshotText(host, fileName);
    if (text === undefined || !isFirmware(fileName, text)) {
        return [];
    }
    const cwd = info.project?.getCurrentDirectory() ?? host.getCurrentDirectory();
    const open = new Set(host.getScriptFileNames().map((f) => path.resolve(f)));
    const result = compile(path.resolve(fileName), {
        cwd, runtimeDir: RUNTIME,
        // what the editor holds, saved or not; files it does not know come from disk
        readFile: (p) => (open.has(path.resolve(p)) ? snapshotText(host, p) : fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined),
    }, { checkOnly: true });
    const sf = info.languageService.getProgram()?.getSourceFile(fileName);
    const here = path.resolve(fileName);
    return result.diagnostics
        .filter((d): d is Diagnostic & { span: NonNullable<Diagnostic["span"]> } =>
            d.source === "RS" && d.span !== undefined && path.resolve(cwd, d.span.file) === here
            // each file is checked as if it were the entry: a helper module has no main, and needs none
            && d.code !== catalog.MissingMain.code)
        .map((d) => ({
            file: sf, start: d.span.start, length: Math.max(0, d.span.end - d.span.start),
            messageText: d.hint ? `${d.message}\n${d.hint}` : d.message,
            category: tsx.DiagnosticCategory.Error, code: d.code, source: "riotscript",
        }));
}

/** tsserver's entry point: wraps the language service so that semantic diagnostics include riotscript's. */
export function init(modules: { typescript: Ts }): { create(info: PluginInfo): ts.LanguageService } {
    const tsx = modules.typescript;
    return {
        create(info: PluginInfo): ts.LanguageService {
            const ls = info.languageService;
            const log = (s: string) => info.project?.projectService?.logger?.info(`riotscript: ${s}`);
            log(`plugin loaded; the API is ${RUNTIME}`);
            const proxy = Object.create(null) as Record<string, unknown>;
            for (const k of Object.keys(ls) as (keyof ts.LanguageService)[]) {
                const f = ls[k] as unknown;
                proxy[k] = typeof f === "function" ? (...args: unknown[]) => (f as (...a: unknown[]) => unknown).apply(ls, args) : f;
            }
            proxy.getSemanticDiagnostics = (fileName: string): ts.Diagnostic[] => {
                const prior = ls.getSemanticDiagnostics(fileName);
                try {
                    const t0 = performance.now();
                    const own = riotscriptDiagnostics(tsx, info, fileName);
                    log(`${own.length} diagnostic(s) for ${fileName} in ${(performance.now() - t0).toFixed(0)} ms`);
                    return [...prior, ...own];
                } catch (e) {
                    // the editor keeps TypeScript's diagnostics whatever happens here
                    log(`check failed for ${fileName}: ${e instanceof Error ? e.stack : e}`);
                    return [...prior];
                }
            };
            return proxy as unknown as ts.LanguageService;
        },
    };
}

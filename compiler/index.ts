/**
 * The compiler as a library: load → check → lower → emit. No I/O happens here; the host
 * supplies file contents and the caller writes the result wherever it wants.
 */
import { check } from "./check/check";
import { Diagnostic, diag, InternalError, progress, sortDiagnostics } from "./diagnostics/diagnostic";
import { CSymbol, emitWithSymbols } from "./emit/emit";
import { CompilerHost } from "./host";
import { Feature, Module } from "./ir/ir";
import { load } from "./load/load";
import { lower } from "./lower/lower";

export { CompilerHost, memoryHost } from "./host";
export { Diagnostic, formatDiagnostic, formatSummary } from "./diagnostics/diagnostic";
export { catalog } from "./diagnostics/catalog";
import { catalog } from "./diagnostics/catalog";
export { CSymbol } from "./emit/emit";

export const VERSION: string = "0.1.0";

export interface CompileOptions {
    /** Stop after checking (riotscript check). */
    readonly checkOnly?: boolean;
    /** Emit #line directives pointing at the .ts source. */
    readonly debug?: boolean;
}

export interface CompileResult {
    readonly ok: boolean;
    readonly diagnostics: readonly Diagnostic[];
    /** Source texts by display path, for code frames. */
    readonly sources: ReadonlyMap<string, string>;
    /** Generated C files by name (`main.c`). */
    readonly files: ReadonlyMap<string, string>;
    /** What the program uses, for RIOT module inference and the host build. */
    readonly features: readonly Feature[];
    readonly module?: Module;
    /** The C symbols the program defines, with the TypeScript declarations they come from. */
    readonly symbols?: readonly CSymbol[];
    /** Wall-clock milliseconds per stage. */
    readonly timings: Readonly<Record<string, number>>;
}

export function compile(entry: string, host: CompilerHost, options: CompileOptions = {}): CompileResult {
    const timings: Record<string, number> = {};
    const time = <T>(stage: string, f: () => T): T => {
        const t0 = performance.now();
        try {
            return f();
        } finally {
            timings[stage] = performance.now() - t0;
        }
    };
    const empty = new Map<string, string>();
    const fail = (diagnostics: Diagnostic[], sources: ReadonlyMap<string, string> = empty): CompileResult =>
        ({ ok: false, diagnostics: sortDiagnostics(diagnostics), sources, files: empty, features: [], timings });
    progress.span = undefined;
    let loaded: ReturnType<typeof load>;
    try {
        loaded = time("load", () => load(entry, host));
    } catch (e) {
        if (isStackOverflow(e)) {
            return fail([diag("TooDeep", undefined, entry)]);
        }
        throw e;
    }
    if (!("program" in loaded)) {
        return fail(loaded.diagnostics, loaded.sources);
    }
    const sources = loaded.sources;
    try {
        const subset = time("check", () => check(loaded));
        // TypeScript's errors and riotscript's are reported together, all in one run
        const errors = [...loaded.diagnostics, ...subset];
        if (loaded.diagnostics.length === 0 && subset.length > 0) {
            // what only lowering finds (ranges, evaluation order) too, as far as it gets on a
            // program the checker already rejected
            try {
                const found = lower(loaded).diagnostics;
                errors.push(...found.filter((d) => !errors.some((x) => x.span?.line === d.span?.line)));
            } catch {
                // lowering assumes a checked program; the checker's errors are what counts
            }
        }
        if (errors.length > 0) {
            return fail(errors, sources);
        }
        // lower reports what needs types and value ranges (RS21xx): it is where they are known
        const { module, diagnostics: typeErrors } = time("lower", () => lower(loaded));
        if (typeErrors.length > 0) {
            return fail(typeErrors, sources);
        }
        if (options.checkOnly) {
            return { ok: true, diagnostics: [], sources, files: empty, features: [], module, timings };
        }
        const c = time("emit", () => emitWithSymbols(module, { lineDirectives: options.debug ?? false, version: VERSION }));
        const name = entryBaseName(entry) + ".c";
        return { ok: true, diagnostics: [], sources, files: new Map([[name, c.text]]), features: module.features,
            module, symbols: c.symbols, timings };
    } catch (e) {
        if (process.env.RIOTSCRIPT_DEBUG) { console.error(e); }
        if (isStackOverflow(e)) {
            return fail([diag("TooDeep", progress.span, entry)], sources);
        }
        if (e instanceof InternalError) {
            return fail([diag("InternalError", e.span, e.message)], sources);
        }
        const message = e instanceof Error ? e.message : String(e);
        if (process.env.RIOTSCRIPT_DEBUG) { console.error(e); }
        return fail([diag("InternalError", progress.span, message)], sources);
    }
}

/** JavaScript's own stack ran out: the program nests deeper than this thread's stack can follow. */
export function isStackOverflow(e: unknown): boolean {
    return e instanceof RangeError && /call stack/i.test(e.message);
}

/** True if the result is only "nests too deeply", which a thread with a larger stack may compile. */
export function tooDeep(r: CompileResult): boolean {
    return r.diagnostics.length === 1 && r.diagnostics[0].code === catalog.TooDeep.code;
}

function entryBaseName(entry: string): string {
    const base = entry.split(/[\\/]/).pop() ?? "main.ts";
    return base.replace(/\.ts$/, "");
}

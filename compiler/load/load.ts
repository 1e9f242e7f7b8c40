/**
 * Stage 1, load: builds an in-memory TypeScript program (the compiler API that ts-morph
 * bundles) from the entry file, the program files it imports and the riotscript API, and
 * reports TypeScript's own diagnostics for the program's files.
 *
 * The standard library and the API never change between compilations, so their parsed
 * source files are cached for the life of the process: a second compilation parses only
 * the program.
 */
import * as path from "node:path";
import { getLibFiles } from "@ts-morph/common";
import { ts } from "ts-morph";
import { CompilerHost } from "../host";
import { diag, Diagnostic, Span } from "../diagnostics/diagnostic";

/** The ambient declarations firmware may use without importing them. */
const GLOBALS_PATH = "/__riotscript__/globals.d.ts";
const GLOBALS = `
interface Console {
    /** Prints a line. C: 'puts' for a plain string, 'printf' for a template literal. */
    log(...parts: (string | number | boolean)[]): void;
}
declare var console: Console;
`;
const LIB_DIR = "/__riotscript__/lib";
const LIB = "lib.es2022.d.ts";

export interface Loaded {
    readonly program: ts.Program;
    readonly checker: ts.TypeChecker;
    readonly entry: ts.SourceFile;
    /** The program's own files (not the API), entry first. */
    readonly programFiles: readonly ts.SourceFile[];
    /** Source texts by display path, for code frames. */
    readonly sources: Map<string, string>;
    /** The absolute directory whose files are the riotscript API. */
    readonly runtimeDir: string;
    readonly displayPath: (abs: string) => string;
    readonly diagnostics: Diagnostic[];
}

export function displayPathFor(cwd: string): (abs: string) => string {
    return (virtual) => {
        const abs = realPath(virtual);
        const rel = path.relative(cwd, abs);
        return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel;
    };
}

/*
 * TypeScript treats `\` as a path separator everywhere; on POSIX a folder may have one in its
 * name. The compiler sees such a path with U+29F5 (REVERSE SOLIDUS OPERATOR) in its place,
 * and every read and every displayed path turns it back.
 */
const BACKSLASH_STANDIN = "\u29f5";

function virtualPath(real: string): string {
    return path.sep === "/" ? real.replace(/\\/g, BACKSLASH_STANDIN) : real;
}

function realPath(virtual: string): string {
    return path.sep === "/" ? virtual.split(BACKSLASH_STANDIN).join("\\") : virtual;
}

/** Span of a TypeScript node, in display coordinates. */
export function spanOf(node: ts.Node, displayPath: (abs: string) => string): Span {
    const sf = node.getSourceFile();
    const start = node.getStart(sf);
    const { line, character } = sf.getLineAndCharacterOfPosition(start);
    return { file: displayPath(sf.fileName), start, end: node.getEnd(), line: line + 1,
        col: character + 1 };
}

const OPTIONS: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: [LIB],
    strict: true,
    noEmit: true,
    types: [],
    skipLibCheck: true,
    noFallthroughCasesInSwitch: true,
};

/** Parsed files that are the same for every compilation: the lib and the API, by path and text. */
const cache = new Map<string, { text: string; sf: ts.SourceFile }>();
let libTexts: Map<string, string> | undefined;

function libText(file: string): string | undefined {
    if (!libTexts) {
        libTexts = new Map(getLibFiles().map((f) => [path.posix.join(LIB_DIR, f.fileName), f.text]));
    }
    return libTexts.get(file);
}

function cachedSourceFile(file: string, text: string): ts.SourceFile {
    const hit = cache.get(file);
    if (hit && hit.text === text) {
        return hit.sf;
    }
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    cache.set(file, { text, sf });
    return sf;
}

/** Loads the program, or returns the diagnostics that stop it from loading. */
export function load(entryPath: string, host: CompilerHost):
    Loaded | { diagnostics: Diagnostic[]; sources?: Map<string, string> } {
    const displayPath = displayPathFor(host.cwd);
    const entryReal = path.resolve(host.cwd, entryPath);
    const entryAbs = virtualPath(entryReal);
    if (!entryAbs.endsWith(".ts") || entryAbs.endsWith(".d.ts")) {
        return { diagnostics: [diag("NotTypeScript", undefined, entryPath)] };
    }
    const entryText = host.readFile(entryReal);
    if (entryText === undefined) {
        return { diagnostics: [diag("FileNotFound", undefined, entryPath)] };
    }
    const runtimeIndex = path.join(host.runtimeDir, "index.ts");
    const isApi = (file: string) => file.startsWith(host.runtimeDir + path.sep);
    const texts = new Map<string, string>([[entryAbs, entryText]]);
    const read = (file: string): string | undefined => {
        if (file === GLOBALS_PATH) {
            return GLOBALS;
        }
        if (file.startsWith(LIB_DIR)) {
            return libText(file);
        }
        if (!texts.has(file)) {
            const t = host.readFile(realPath(file));
            if (t === undefined) {
                return undefined;
            }
            texts.set(file, t);
        }
        return texts.get(file);
    };
    const options = { ...OPTIONS, paths: { riotscript: [runtimeIndex] } };
    const compilerHost: ts.CompilerHost = {
        getSourceFile: (file) => {
            const text = read(file);
            if (text === undefined) {
                return undefined;
            }
            // the program's own files change; everything else is parsed once per process
            const stable = file.startsWith(LIB_DIR) || file === GLOBALS_PATH || isApi(file);
            return stable ? cachedSourceFile(file, text) : ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
        },
        getDefaultLibFileName: () => path.posix.join(LIB_DIR, LIB),
        getDefaultLibLocation: () => LIB_DIR,
        writeFile: () => undefined,
        getCurrentDirectory: () => host.cwd,
        getDirectories: () => [],
        fileExists: (file) => read(file) !== undefined,
        readFile: read,
        getCanonicalFileName: (f) => f,
        useCaseSensitiveFileNames: () => true,
        getNewLine: () => "\n",
        directoryExists: () => true,
    };
    const program = ts.createProgram({ rootNames: [entryAbs, GLOBALS_PATH], options, host: compilerHost });
    const entry = program.getSourceFile(entryAbs) as ts.SourceFile;
    // the program's files in import order from the entry, entry first
    const programFiles: ts.SourceFile[] = [];
    const seen = new Set<string>();
    const pending = [entry];
    while (pending.length > 0) {
        const sf = pending.shift() as ts.SourceFile;
        if (seen.has(sf.fileName)) {
            continue;
        }
        seen.add(sf.fileName);
        programFiles.push(sf);
        for (const spec of moduleSpecifiers(sf)) {
            if (!spec.startsWith(".")) {
                continue;
            }
            const base = path.resolve(path.dirname(sf.fileName), spec);
            for (const candidate of [base.endsWith(".ts") ? base : base + ".ts", path.join(base, "index.ts")]) {
                const found = program.getSourceFile(candidate);
                if (found) {
                    pending.push(found);
                    break;
                }
            }
        }
    }
    const sources = sourcesOf(programFiles, displayPath);
    // a file that does not parse gets its syntax errors only, as tsc reports it
    const syntax = programFiles.flatMap((sf) => [...program.getSyntacticDiagnostics(sf)]);
    if (syntax.length > 0) {
        return { diagnostics: syntax.map((d) => fromTs(d, displayPath)), sources: sourcesOf(programFiles, displayPath) };
    }
    const diagnostics = [
        ...program.getGlobalDiagnostics(),
        ...programFiles.flatMap((sf) => [...program.getSemanticDiagnostics(sf)]),
    ].map((d) => fromTs(d, displayPath));
    return {
        program,
        checker: program.getTypeChecker(),
        entry,
        programFiles,
        sources,
        runtimeDir: host.runtimeDir,
        displayPath,
        diagnostics,
    };
}

function sourcesOf(files: readonly ts.SourceFile[], displayPath: (abs: string) => string): Map<string, string> {
    return new Map(files.map((sf) => [displayPath(sf.fileName), sf.text]));
}

function moduleSpecifiers(sf: ts.SourceFile): string[] {
    const specs: string[] = [];
    for (const stmt of sf.statements) {
        if ((ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt))
            && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier)) {
            specs.push(stmt.moduleSpecifier.text);
        }
    }
    return specs;
}

function fromTs(d: ts.Diagnostic, displayPath: (abs: string) => string): Diagnostic {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (d.file === undefined || d.start === undefined) {
        return { source: "TS", code: d.code, message };
    }
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return {
        source: "TS",
        code: d.code,
        message,
        span: { file: displayPath(d.file.fileName), start: d.start, end: d.start + (d.length ?? 1),
            line: line + 1, col: character + 1 },
    };
}

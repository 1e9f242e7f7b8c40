/**
 * Stage 1, load: builds an in-memory ts-morph program from the entry file, the program
 * files it imports and the riotscript API, and reports TypeScript's own diagnostics.
 */
import * as path from "node:path";
import { Project, SourceFile, ts } from "ts-morph";
import { CompilerHost } from "../host";
import { diag, Diagnostic, Span } from "../diagnostics/diagnostic";

/** The ambient declarations firmware may use without importing them. */
const GLOBALS_PATH = "/__riotscript__/globals.d.ts";
const GLOBALS = `
interface Console {
    /** Prints a line. C: 'puts' for a plain string, 'printf' for a template literal. */
    log(message: string | number | boolean): void;
}
declare var console: Console;
`;

export interface Loaded {
    readonly project: Project;
    readonly entry: SourceFile;
    /** The program's own files (not the API), entry first. */
    readonly programFiles: readonly SourceFile[];
    /** Source texts by display path, for code frames. */
    readonly sources: Map<string, string>;
    /** The absolute directory whose files are the riotscript API. */
    readonly runtimeDir: string;
    readonly displayPath: (abs: string) => string;
    readonly diagnostics: Diagnostic[];
}

export function displayPathFor(cwd: string): (abs: string) => string {
    return (abs) => {
        const rel = path.relative(cwd, abs);
        return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel;
    };
}

/** Span of a ts-morph/TypeScript node, in display coordinates. */
export function spanOf(node: ts.Node, displayPath: (abs: string) => string): Span {
    const sf = node.getSourceFile();
    const start = node.getStart(sf);
    const { line, character } = sf.getLineAndCharacterOfPosition(start);
    return { file: displayPath(sf.fileName), start, end: node.getEnd(), line: line + 1,
        col: character + 1 };
}

/** Loads the program, or returns the diagnostics that stop it from loading. */
export function load(entryPath: string, host: CompilerHost): Loaded | { diagnostics: Diagnostic[] } {
    const displayPath = displayPathFor(host.cwd);
    const entryAbs = path.resolve(host.cwd, entryPath);
    if (!entryAbs.endsWith(".ts") || entryAbs.endsWith(".d.ts")) {
        return { diagnostics: [diag("NotTypeScript", undefined, entryPath)] };
    }
    const entryText = host.readFile(entryAbs);
    if (entryText === undefined) {
        return { diagnostics: [diag("FileNotFound", undefined, entryPath)] };
    }
    const runtimeIndex = path.join(host.runtimeDir, "index.ts");
    const project = new Project({
        useInMemoryFileSystem: true,
        skipAddingFilesFromTsConfig: true,
        compilerOptions: {
            target: ts.ScriptTarget.ES2022,
            module: ts.ModuleKind.ESNext,
            moduleResolution: ts.ModuleResolutionKind.Bundler,
            lib: ["lib.es2022.d.ts"],
            strict: true,
            noEmit: true,
            types: [],
            noFallthroughCasesInSwitch: true,
            paths: { riotscript: [runtimeIndex] },
        },
    });
    project.createSourceFile(GLOBALS_PATH, GLOBALS);
    const sources = new Map<string, string>();
    const seen = new Set<string>();
    const programFiles: SourceFile[] = [];
    // each file is read once: a found import carries its text along
    const pending: [string, string | undefined][] = [[entryAbs, entryText],
        [runtimeIndex, host.readFile(runtimeIndex)]];
    while (pending.length > 0) {
        const [file, text] = pending.shift() as [string, string | undefined];
        if (seen.has(file)) {
            continue;
        }
        seen.add(file);
        if (text === undefined) {
            continue; // TypeScript reports the unresolved import at the import site
        }
        const sf = project.createSourceFile(file, text, { overwrite: true });
        const isApi = file.startsWith(host.runtimeDir + path.sep);
        if (!isApi) {
            programFiles.push(sf);
            sources.set(displayPath(file), text);
        }
        for (const spec of moduleSpecifiers(sf)) {
            if (spec.startsWith(".")) {
                const base = path.resolve(path.dirname(file), spec);
                for (const candidate of [base.endsWith(".ts") ? base : base + ".ts", path.join(base, "index.ts")]) {
                    // an already loaded file ends the search without being read again
                    const found = seen.has(candidate) ? "" : host.readFile(candidate);
                    if (found !== undefined) {
                        pending.push([candidate, found]);
                        break;
                    }
                }
            }
        }
    }
    const diagnostics = project.getPreEmitDiagnostics().map((d) => fromTs(d.compilerObject, displayPath));
    return {
        project,
        entry: project.getSourceFileOrThrow(entryAbs),
        programFiles,
        sources,
        runtimeDir: host.runtimeDir,
        displayPath,
        diagnostics,
    };
}

function moduleSpecifiers(sf: SourceFile): string[] {
    const specs: string[] = [];
    for (const stmt of sf.compilerNode.statements) {
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

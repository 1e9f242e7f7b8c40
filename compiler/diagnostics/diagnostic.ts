/**
 * Diagnostics as data, and their tsc-style rendering:
 * `file:line:col - error RS1001: message`, then a code frame and a hint.
 */
import { alternativeFor } from "./alternatives";
import { catalog, MessageId } from "./catalog";

/** A position in a source file; line and col are 1-based. */
export interface Span {
    readonly file: string;
    readonly start: number;
    readonly end: number;
    readonly line: number;
    readonly col: number;
}

export interface Diagnostic {
    /** "RS" for riotscript's own diagnostics, "TS" for TypeScript's. */
    readonly source: "RS" | "TS";
    readonly code: number;
    readonly message: string;
    readonly hint?: string;
    readonly span?: Span;
}

/** Builds a catalogued diagnostic. */
export function diag(id: MessageId, span: Span | undefined, ...args: string[]): Diagnostic {
    const def = catalog[id];
    if (id === "UnknownApi" && args.length === 1) {
        args = [args[0], alternativeFor(args[0])];
    }
    const fill = (s: string) => s.replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? "");
    return { source: "RS", code: def.code, message: fill(def.message), hint: fill(def.hint), span };
}

/**
 * The statement a stage is working on, so that even an unexpected exception (a bug) can be
 * reported at a source location. Stages set it as they go; `compile` reads it.
 */
export const progress: { span?: Span } = {};

/** Thrown by a stage that meets something it cannot handle: always a riotscript bug. */
export class InternalError extends Error {
    constructor(message: string, readonly span?: Span) {
        super(message);
    }
}

export interface FormatOptions {
    /** Code frame, hint and colours (tsc's --pretty). */
    readonly pretty: boolean;
    readonly color: boolean;
    /** Source text by file name, for code frames. */
    readonly sources: ReadonlyMap<string, string>;
}

const RED = "\x1b[91m";
const CYAN = "\x1b[96m";
const YELLOW = "\x1b[93m";
const GREY = "\x1b[90m";
const RESET = "\x1b[0m";

/** Renders one diagnostic as tsc does. */
export function formatDiagnostic(d: Diagnostic, opts: FormatOptions): string {
    const c = (code: string, s: string) => (opts.color ? code + s + RESET : s);
    const where = d.span ? `${c(CYAN, d.span.file)}:${c(YELLOW, String(d.span.line))}:`
        + `${c(YELLOW, String(d.span.col))} - ` : "";
    const head = `${where}${c(RED, "error")} ${c(GREY, `${d.source}${d.code}:`)} ${d.message}`;
    if (!opts.pretty) {
        return head;
    }
    const lines = [head];
    const text = d.span ? opts.sources.get(d.span.file) : undefined;
    if (d.span && text !== undefined) {
        lines.push("", ...codeFrame(text, d.span, opts.color));
    }
    if (d.hint) {
        lines.push("", `  ${c(CYAN, "hint:")} ${d.hint}`);
    }
    return lines.join("\n") + "\n";
}

function codeFrame(text: string, span: Span, color: boolean): string[] {
    const srcLines = text.split(/\r?\n/);
    const line = srcLines[span.line - 1] ?? "";
    const gutter = String(span.line);
    const startCol = span.col - 1;
    const len = Math.max(1, Math.min(span.end - span.start, line.length - startCol));
    const squiggle = " ".repeat(startCol) + "~".repeat(len);
    const pad = " ".repeat(gutter.length);
    const g = (s: string) => (color ? "\x1b[7m" + s + RESET : s);
    return [`${g(gutter)} ${line}`, `${g(pad)} ${color ? RED + squiggle + RESET : squiggle}`];
}

/** tsc's closing summary line. */
export function formatSummary(diags: readonly Diagnostic[]): string {
    const n = diags.length;
    const files = new Set(diags.map((d) => d.span?.file).filter((f) => f !== undefined));
    const first = diags.find((d) => d.span)?.span;
    if (n === 1) {
        return first ? `Found 1 error in ${first.file}:${first.line}\n` : "Found 1 error.\n";
    }
    if (files.size === 1 && first) {
        return `Found ${n} errors in the same file, starting at: ${first.file}:${first.line}\n`;
    }
    return `Found ${n} errors in ${files.size} files.\n`;
}

/** Sorts by file, then position, keeping TypeScript's errors before riotscript's. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
    return [...diags].sort((a, b) => {
        const fa = a.span?.file ?? "";
        const fb = b.span?.file ?? "";
        if (fa !== fb) {
            return fa < fb ? -1 : 1;
        }
        return (a.span?.start ?? 0) - (b.span?.start ?? 0);
    });
}

/**
 * The size of a firmware image: text, data and bss of the ELF (binutils' `size`), the
 * share of the board's flash and RAM it takes, and the program's own largest symbols, each
 * named by the TypeScript function or module object it comes from.
 */
import { spawnSync } from "node:child_process";
import { CSymbol } from "../../compiler/index";

export interface SymbolSize {
    readonly c: string;
    readonly bytes: number;
    /** text (code), rodata (constant tables), data or bss. */
    readonly section: "text" | "rodata" | "data" | "bss";
    /** The TypeScript declaration, when the symbol is one of the program's. */
    readonly ts?: { readonly name: string; readonly kind: "function" | "object"; readonly file: string; readonly line: number };
}

export interface SizeReport {
    readonly board: string;
    readonly elf: string;
    readonly text: number;
    readonly data: number;
    readonly bss: number;
    /** Flash = text + data (data's initial values live in flash); RAM = data + bss. */
    readonly flash: { readonly used: number; readonly total?: number; readonly percent?: number };
    readonly ram: { readonly used: number; readonly total?: number; readonly percent?: number };
    /** The program's own symbols, largest first. */
    readonly symbols: readonly SymbolSize[];
    /** Bytes of all the program's own symbols together. */
    readonly programBytes: number;
}

/** Parses Berkeley `size` output (text data bss dec hex filename). */
export function parseSize(out: string): { text: number; data: number; bss: number } | undefined {
    const line = out.split("\n").find((l) => /^\s*\d+\s+\d+\s+\d+\s+\d+/.test(l));
    if (!line) {
        return undefined;
    }
    const [text, data, bss] = line.trim().split(/\s+/).map(Number);
    return { text, data, bss };
}

/** Parses `nm -S` output: the sized symbols an object file defines. */
export function parseNm(out: string): { c: string; bytes: number; section: SymbolSize["section"] }[] {
    const result: { c: string; bytes: number; section: SymbolSize["section"] }[] = [];
    for (const l of out.split("\n")) {
        const m = /^[0-9a-fA-F]+\s+([0-9a-fA-F]+)\s+([A-Za-z])\s+(\S+)$/.exec(l.trim());
        if (!m) {
            continue;
        }
        const t = m[2].toLowerCase();
        const section = t === "t" || t === "w" ? "text" : t === "r" ? "rodata" : t === "d" || t === "g" ? "data"
            : t === "b" || t === "s" || t === "c" ? "bss" : undefined;
        if (section) {
            result.push({ c: m[3], bytes: parseInt(m[1], 16), section });
        }
    }
    return result;
}

export interface SizeRequest {
    readonly board: string;
    readonly elf: string;
    /** The program's object file(s), whose symbols are the program's own. */
    readonly objects: readonly string[];
    readonly sizeTool: string;
    readonly nmTool: string;
    readonly romBytes?: number;
    readonly ramBytes?: number;
    readonly symbols: readonly CSymbol[];
}

const share = (used: number, total: number | undefined) =>
    total === undefined || total === 0 ? { used } : { used, total, percent: Math.round((used / total) * 1000) / 10 };

export function measure(req: SizeRequest): SizeReport | { error: string } {
    const size = spawnSync(req.sizeTool, [req.elf], { encoding: "utf8" });
    if (size.error) {
        return { error: `'${req.sizeTool}' was not found (binutils for this board)` };
    }
    const s = parseSize(size.stdout);
    if (!s) {
        return { error: `'${req.sizeTool} ${req.elf}' printed no sizes: ${size.stderr.trim()}` };
    }
    const byName = new Map(req.symbols.map((x) => [x.c, x]));
    const symbols: SymbolSize[] = [];
    for (const obj of req.objects) {
        const nm = spawnSync(req.nmTool, ["-S", "--size-sort", obj], { encoding: "utf8" });
        for (const x of parseNm(nm.stdout ?? "")) {
            const ts = byName.get(x.c);
            symbols.push({ ...x, ts: ts && { name: ts.ts, kind: ts.kind, file: ts.file, line: ts.line } });
        }
    }
    symbols.sort((a, b) => b.bytes - a.bytes || a.c.localeCompare(b.c));
    return {
        board: req.board, elf: req.elf, ...s,
        flash: share(s.text + s.data, req.romBytes),
        ram: share(s.data + s.bss, req.ramBytes),
        symbols,
        programBytes: symbols.reduce((n, x) => n + x.bytes, 0),
    };
}

const kib = (n: number) => n >= 10240 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;

/** The report as a user reads it. */
export function formatSize(r: SizeReport, top = 10): string {
    const pct = (x: SizeReport["flash"]) => x.total === undefined ? "" : ` of ${kib(x.total)} (${x.percent}%)`;
    const lines = [
        `${r.elf}`,
        `  text ${r.text}  data ${r.data}  bss ${r.bss}`,
        `  flash ${kib(r.flash.used)}${pct(r.flash)}`,
        `  RAM   ${kib(r.ram.used)}${pct(r.ram)}`,
        "",
        `The program's object file (its code, its data, what it inlines): ${r.programBytes} bytes; the largest:`,
    ];
    for (const x of r.symbols.slice(0, top)) {
        const what = x.ts ? `${x.ts.kind} ${x.ts.name} (${x.ts.file}:${x.ts.line})`
            : x.c.startsWith("_") ? `${x.c} (riotscript's helper)` : `${x.c} (inline, from a RIOT header)`;
        lines.push(`  ${String(x.bytes).padStart(7)}  ${x.section.padEnd(6)}  ${what}`);
    }
    return lines.join("\n") + "\n";
}

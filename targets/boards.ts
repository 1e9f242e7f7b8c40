/**
 * Boards: what RIOT says about a board (targets/riot/query.ts), merged with the little
 * riotscript knows that RIOT cannot say, from targets/boards/<name>.json: a better default
 * network stack, a note, and whether riotscript has verified the board (built every
 * example, and run them where that is possible).
 *
 * Without a RIOT checkout only the boards with such a file are known.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BoardInfo, BoardSummary } from "./riot/query";

export type Stack = "gnrc" | "lwip";

/** How riotscript verified a board, at which RIOT commit. */
export interface Verified {
    /** The RIOT commit (short) the examples were built at. */
    readonly riot: string;
    /** Every example built with RIOT's make. */
    readonly built: boolean;
    /** Where the firmware ran: on RIOT's native board, in QEMU, or not at all. */
    readonly ran: "native" | "qemu" | false;
}

/** What targets/boards/<name>.json may say. */
export interface BoardOverride {
    readonly note?: string;
    readonly stack?: Stack;
    readonly verified?: Verified;
}

export interface Board {
    readonly name: string;
    /** The network stack riotscript picks by default for this board. */
    readonly stack: Stack;
    readonly note?: string;
    readonly verified?: Verified;
    /** RIOT's view of the board; absent without a RIOT checkout. */
    readonly info?: BoardInfo;
}

/** Reads one override file, or undefined if there is none. */
export type OverrideReader = (name: string) => BoardOverride | undefined;

export function overridesFrom(dir: string): { read: OverrideReader; names: () => string[] } {
    return {
        read: (name) => {
            const file = path.join(dir, `${name}.json`);
            if (!/^[A-Za-z0-9_.-]+$/.test(name) || !fs.existsSync(file)) {
                return undefined;
            }
            return JSON.parse(fs.readFileSync(file, "utf8")) as BoardOverride;
        },
        names: () => fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort(),
    };
}

/** A board from RIOT's view (if any) and riotscript's override (if any). */
export function makeBoard(name: string, override: BoardOverride | undefined, info?: BoardInfo): Board {
    return { name, stack: override?.stack ?? "gnrc", note: override?.note, verified: override?.verified, info };
}

/** Edit distance with transpositions (optimal string alignment), for "did you mean". */
export function editDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) {
        d[0][j] = j;
    }
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}

/**
 * The closest names to an unknown one: near misses by edit distance first, then names that
 * contain it (`nrf52` finds the nRF52 boards), at most `max`.
 */
export function suggestBoards(name: string, candidates: readonly string[], max = 4): string[] {
    const want = name.toLowerCase();
    const limit = Math.max(2, Math.floor(want.length / 3));
    const scored = candidates.map((c) => ({ c, d: editDistance(want, c.toLowerCase()) }))
        .filter((x) => x.d <= limit).sort((x, y) => x.d - y.d || x.c.localeCompare(y.c)).map((x) => x.c);
    const containing = candidates.filter((c) => want.length >= 3 && c.toLowerCase().includes(want) && !scored.includes(c))
        .sort((x, y) => x.length - y.length || x.localeCompare(y));
    return [...scored, ...containing].slice(0, max);
}

/** A one-line description of a board for the list: CPU model and core, else the note. */
export function describeBoard(b: { summary?: BoardSummary; note?: string }): string {
    const s = b.summary;
    const cpu = s ? [s.cpuModel || s.cpu, s.core ? `(${s.core})` : ""].filter((x) => x !== "").join(" ") : "";
    return [cpu, b.note ?? ""].filter((x) => x !== "").join(" - ");
}

/** The verified mark of the list. */
export function verifiedMark(v: Verified | undefined): string {
    if (!v || !v.built) {
        return "";
    }
    return v.ran === "qemu" ? "built, ran in QEMU" : v.ran === "native" ? "built, ran" : "built";
}

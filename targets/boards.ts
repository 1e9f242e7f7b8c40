/**
 * Boards as data: targets/boards/<name>.json, each inheriting from another through
 * "inherits" (as TinyGo's targets do). Resolution merges a board over its ancestors.
 */

export type Stack = "gnrc" | "lwip";

export interface Board {
    readonly board: string;
    readonly description: string;
    /** The network stack riotscript picks by default for this board. */
    readonly stack: Stack;
    readonly arch: "native" | "arm" | "esp32";
    readonly cpu?: string;
    /** Flash and terminal commands, with {board} and {port} placeholders. */
    readonly flash: string;
    readonly term: string;
}

/** Reads one board file's JSON, or undefined if there is none. */
export type BoardReader = (name: string) => Record<string, unknown> | undefined;

export function resolveBoard(name: string, read: BoardReader): Board | undefined {
    if (name.startsWith("_")) {
        return undefined;
    }
    const chain: Record<string, unknown>[] = [];
    let next: string | undefined = name;
    while (next !== undefined) {
        const data = read(next);
        if (!data || chain.length > 8) {
            return undefined;
        }
        chain.unshift(data);
        next = typeof data.inherits === "string" ? data.inherits : undefined;
    }
    return Object.assign({}, ...chain) as Board;
}

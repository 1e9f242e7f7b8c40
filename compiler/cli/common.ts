/**
 * What every command shares: the I/O the CLI is given, exit codes, compiling with
 * diagnostics printed, and finding the board a command names (with "did you mean").
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compile, CompileResult, formatDiagnostic, formatSummary, tooDeep } from "../index";
import { compileDeep } from "./deep";
import { CompilerHost } from "../host";
import { Board, makeBoard, overridesFrom, suggestBoards } from "../../targets/boards";
import { boardAliases, boardDirs, BoardInfo, queryBoard } from "../../targets/riot/query";
import { findRiot, Riot } from "../../targets/riot/riotbase";
import { applicationName } from "../../targets/riot/app";
import { Parsed } from "./args";

export const EXIT = { ok: 0, errors: 1, usage: 2, missingTool: 3, buildFailed: 4, interrupted: 130 } as const;

export interface Io {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly cwd: string;
    readonly env: NodeJS.ProcessEnv;
    readonly color: boolean;
    /** stderr is a terminal: progress lines may update in place. */
    readonly tty?: boolean;
    /** The terminal's input, for `term` (process.stdin when absent). */
    readonly stdin?: NodeJS.ReadableStream;
}

/**
 * Whether diagnostics are coloured: FORCE_COLOR (but 0 or false) turns colour on, NO_COLOR
 * (when not empty, as no-color.org says) off, and otherwise a terminal on stderr decides.
 */
export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
    const force = env.FORCE_COLOR;
    if (force !== undefined) {
        return force !== "0" && force.toLowerCase() !== "false";
    }
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") {
        return false;
    }
    return isTTY;
}

export function nodeIo(): Io {
    return {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        cwd: process.cwd(),
        env: process.env,
        color: colorWanted(process.env, process.stderr.isTTY === true),
        tty: process.stderr.isTTY === true,
    };
}

/** The package root (where package.json names riotscript), found from this file. */
export function packageRoot(): string {
    let dir = __dirname;
    for (;;) {
        const pkg = path.join(dir, "package.json");
        if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, "utf8")).name === "riotscript") {
            return dir;
        }
        const up = path.dirname(dir);
        if (up === dir) {
            throw new Error("cannot find the riotscript package root");
        }
        dir = up;
    }
}

export function fsHost(io: Io): CompilerHost {
    return {
        cwd: io.cwd,
        runtimeDir: path.join(packageRoot(), "runtime", "api"),
        readFile: (p) => {
            try {
                return fs.readFileSync(p, "utf8");
            } catch {
                return undefined;
            }
        },
    };
}

export const pretty = (parsed: Parsed) => parsed.options.get("pretty") !== "false";

export async function compileAndReport(entry: string, parsed: Parsed, io: Io, checkOnly: boolean,
    debug = parsed.options.has("debug")): Promise<CompileResult> {
    let result = compile(entry, fsHost(io), { checkOnly, debug });
    if (tooDeep(result)) {
        // deeper than this thread's stack: again, on a thread with a large one
        const deep = await compileDeep({ entry, cwd: io.cwd, runtimeDir: fsHost(io).runtimeDir, options: { checkOnly, debug } });
        result = deep ?? result;
    }
    if (parsed.options.has("json")) {
        return result; // the command prints them as JSON
    }
    for (const d of result.diagnostics) {
        io.stderr(formatDiagnostic(d, { pretty: pretty(parsed), color: io.color && pretty(parsed), sources: result.sources }) + "\n");
    }
    if (result.diagnostics.length > 0 && pretty(parsed)) {
        io.stderr(formatSummary(result.diagnostics));
    }
    return result;
}

/** The one entry file a command takes, or a usage error. */
export function entryOf(parsed: Parsed, io: Io, command: string, help: string): string | undefined {
    if (parsed.positional.length !== 1) {
        io.stderr(`riotscript ${command}: expected one entry file\n\n${help}`);
        return undefined;
    }
    return parsed.positional[0];
}

export const overrides = () => overridesFrom(path.join(packageRoot(), "targets", "boards"));

/** The RIOT checkout (--riotbase or RIOTBASE); a sentence if it is not one. */
export function riotOf(parsed: Parsed, io: Io): Riot | { error: string } | undefined {
    const opt = parsed.options.get("riotbase");
    return findRiot(typeof opt === "string" ? opt : undefined, io.env, io.cwd);
}

export const HOW_TO_GET_RIOT = "Point RIOTBASE at a RIOT checkout (git clone https://github.com/RIOT-OS/RIOT) "
    + "to use any of RIOT's boards.";

function unknownBoard(command: string, name: string, candidates: readonly string[], io: Io, riot: Riot | undefined): number {
    const near = suggestBoards(name, candidates);
    io.stderr(`riotscript ${command}: unknown board '${name}'`
        + (near.length > 0 ? `; did you mean ${near.map((n) => `'${n}'`).join(", ")}?` : "") + "\n");
    if (riot) {
        io.stderr(`  RIOT at ${riot.base} has ${candidates.length} boards: riotscript boards <filter> lists them.\n`);
    } else {
        io.stderr(`  Without RIOT riotscript knows: ${candidates.join(", ")}.\n  ${HOW_TO_GET_RIOT}\n`);
    }
    return EXIT.usage;
}

/**
 * The board a command names, with RIOT's view of it when a checkout is there. `needRiot`:
 * the command cannot work without RIOT (flash, size, ...), which is exit 3.
 */
export async function boardOf(parsed: Parsed, io: Io, command: string, needRiot: boolean): Promise<{ board: Board; riot?: Riot } | number> {
    const name = parsed.options.get("board");
    const riot = riotOf(parsed, io);
    if (riot !== undefined && "error" in riot) {
        io.stderr(`riotscript ${command}: RIOTBASE=${riot.error}\n`);
        return EXIT.missingTool;
    }
    const known = overrides();
    if (typeof name !== "string") {
        io.stderr(`riotscript ${command}: --board is required, e.g. --board native64 or --board nrf52840dk\n`
            + (riot ? "  riotscript boards lists RIOT's boards.\n" : `  Known boards: ${known.names().join(", ")}\n`));
        return EXIT.usage;
    }
    if (riot === undefined) {
        if (!known.names().includes(name)) {
            return unknownBoard(command, name, known.names(), io, undefined);
        }
        if (needRiot) {
            io.stderr(`riotscript ${command}: RIOTBASE is not set; ${command} needs RIOT's make.\n  ${HOW_TO_GET_RIOT}\n`);
            return EXIT.missingTool;
        }
        return { board: makeBoard(name, known.read(name)) };
    }
    const real = boardAliases(riot).get(name) ?? name;
    const dirs = boardDirs(riot);
    if (!dirs.includes(real)) {
        return unknownBoard(command, name, dirs, io, riot);
    }
    const info = await queryBoard(riot, real, io.env);
    if ("error" in info) {
        io.stderr(`riotscript ${command}: ${info.error}\n`);
        return EXIT.missingTool;
    }
    return { board: makeBoard(real, known.read(real), info), riot };
}

export type BoardWithInfo = Board & { info: BoardInfo };

/**
 * The RIOT application's name for an entry: `src/main.ts` of a project is named after the
 * project (its package.json name, else its folder), `examples/udp-echo/main.ts` after udp-echo.
 */
export function applicationFor(entry: string, cwd: string): string {
    const abs = path.resolve(cwd, entry);
    const project = path.dirname(path.dirname(abs));
    let name: string | undefined;
    try {
        const pkg = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8")) as { name?: unknown };
        name = typeof pkg.name === "string" ? pkg.name : undefined;
    } catch {
        // no package.json: the folder names it
    }
    return applicationName(path.relative(path.dirname(project), abs), name ?? path.basename(project));
}

/**
 * `riotscript build`, and the board build that `flash`, `size`, `debug` and `run --board`
 * start with: compile, choose the network stack, write the application, run RIOT's make.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CompileResult, formatDiagnostic, VERSION } from "../../index";
import { diag } from "../../diagnostics/diagnostic";
import { stripLineDirectives } from "../../emit/linemap";
import { Board, Stack } from "../../../targets/boards";
import { chooseStack, networked, riotMakefile, stackProblems } from "../../../targets/riot/app";
import { App, RiotBoard } from "../../../targets/riot/board";
import { firstError } from "../../../targets/riot/make";
import { Riot } from "../../../targets/riot/riotbase";
import { Parsed } from "../args";
import { applicationFor, boardOf, compileAndReport, entryOf, EXIT, fsHost, HOW_TO_GET_RIOT, Io, pretty } from "../common";
import { compile } from "../../index";

export interface BoardBuild {
    readonly board: RiotBoard;
    readonly app: App;
    readonly result: CompileResult;
    readonly entry: string;
}

export interface BoardBuildOptions {
    /** The build for the emulator (QEMU): ethos instead of the radio, exit through semihosting. */
    readonly emulated?: boolean;
    /** #line directives (debug). */
    readonly debug?: boolean;
    /** Stop after writing the application folder (build --no-make). */
    readonly noMake?: boolean;
    readonly help: string;
    /** Told what was written, once the application folder is there (build --json). */
    readonly written?: (w: Written) => void;
}

/** The application folder riotscript wrote. */
export interface Written {
    readonly application: string;
    readonly board: string;
    readonly stack: Stack;
    readonly dir: string;
    readonly files: readonly string[];
}

/** The application folder: --out, else out/<application>-<board>[-qemu]. */
function outDir(parsed: Parsed, io: Io, application: string, board: string, emulated: boolean): string {
    const opt = parsed.options.get("out");
    return path.resolve(io.cwd, typeof opt === "string" ? opt : path.join("out", `${application}-${board}${emulated ? "-qemu" : ""}`));
}

/**
 * Compiles the entry and builds it for the board. Returns the build, or an exit code after
 * saying why not (the program's errors, a missing RIOT, a failed make).
 */
export async function boardBuild(parsed: Parsed, io: Io, command: string, opts: BoardBuildOptions): Promise<BoardBuild | number> {
    const entry = entryOf(parsed, io, command, opts.help);
    if (entry === undefined) {
        return EXIT.usage;
    }
    const stackOpt = parsed.options.get("stack");
    if (stackOpt !== undefined && stackOpt !== "gnrc" && stackOpt !== "lwip") {
        io.stderr(`riotscript ${command}: --stack must be 'gnrc' or 'lwip'\n`);
        return EXIT.usage;
    }
    const found = await boardOf(parsed, io, command, !opts.noMake && command !== "build");
    if (typeof found === "number") {
        return found;
    }
    const { board, riot } = found;
    if (opts.emulated && board.name !== "microbit") {
        io.stderr(`riotscript ${command}: ${board.name} cannot be emulated; riotscript emulates the micro:bit `
            + `(--board microbit). Flash a real ${board.name} with: riotscript flash ${entry} --board ${board.name} --monitor\n`);
        return EXIT.usage;
    }
    const result = await compileAndReport(entry, parsed, io, false, opts.debug);
    if (!result.ok) {
        return EXIT.errors;
    }
    const chosen = chooseStack(result.features, board.stack, stackOpt as Stack | undefined);
    if (chosen.note) {
        io.stderr(`note: ${chosen.note}\n`);
    }
    // a combination the board's stack cannot build is the program's error, not a link error
    const problems = stackProblems(result.features, chosen.stack);
    if (problems.length > 0) {
        for (const p of problems) {
            const d = diag("StackUnsupported", result.module?.featureSpans?.get(p.feature), p.what,
                chosen.stack === "gnrc" ? "GNRC" : "lwIP", board.name, p.instead);
            io.stderr(formatDiagnostic(d, { pretty: pretty(parsed), color: io.color && pretty(parsed), sources: result.sources }) + "\n");
        }
        return EXIT.errors;
    }
    const application = applicationFor(entry, io.cwd);
    const dir = outDir(parsed, io, application, board.name, opts.emulated === true);
    const emulated = opts.emulated ? { network: networked(result.features) } : undefined;
    if (emulated?.network && chosen.stack !== "gnrc") {
        io.stderr(`riotscript ${command}: the emulated micro:bit's network is GNRC's (ethos with a fixed address); `
            + "this program needs lwIP (TCP with events), and riotscript wires the emulated network for GNRC only "
            + "(it builds for the real board: riotscript build --board microbit)\n");
        return EXIT.usage;
    }
    const contents = {
        application, files: result.files, features: result.features, stack: chosen.stack, credentials: result.module?.credentials,
        dtlsRecord: result.module?.dtlsRecord, source: path.relative(dir, path.resolve(io.cwd, entry)), version: VERSION, emulated, callStack: result.module?.stack,
    };
    const rel = path.relative(io.cwd, dir) || ".";
    const written = () => opts.written?.({ application, board: board.name, stack: chosen.stack, dir,
        files: [...result.files.keys(), "Makefile"] });
    if (!riot || !board.info) {
        writeWithoutRiot(dir, board, contents);
        written();
        io.stdout(`wrote ${rel}/ (${[...result.files.keys(), "Makefile"].join(", ")})\n`);
        if (opts.noMake) {
            return EXIT.ok;
        }
        io.stderr(`riotscript ${command}: RIOTBASE is not set, so the application was written but not built.\n`
            + `  ${HOW_TO_GET_RIOT} Then run again:\n`
            + `    RIOTBASE=/path/to/RIOT riotscript ${command} ${entry} --board ${board.name}\n`);
        return EXIT.missingTool;
    }
    const rb = new RiotBoard(riot, board as Board & { info: NonNullable<Board["info"]> }, io.env,
        { out: io.stdout, err: io.stderr, tty: io.tty === true });
    const app = rb.writeApp(dir, contents);
    written();
    if (command === "build") {
        io.stdout(`wrote ${rel}/ (${[...result.files.keys(), "Makefile"].join(", ")})\n`);
    }
    if (opts.noMake) {
        return EXIT.ok;
    }
    io.stderr(`building ${application} for ${board.name}${opts.emulated ? " (emulated)" : ""} with RIOT's make...\n`);
    const make = await rb.build(app);
    if (make.status === "missing") {
        io.stderr(`riotscript ${command}: 'make' was not found; install it (apt-get install make)\n`);
        return EXIT.missingTool;
    }
    if (make.status === "interrupted") {
        io.stderr(`riotscript ${command}: interrupted; the application is in ${rel}/\n`);
        return EXIT.interrupted;
    }
    if (make.status !== 0) {
        reportBuildFailure(make.output, make.status, rb.name, app, entry, io, command);
        return EXIT.buildFailed;
    }
    io.stderr(`built in ${make.seconds.toFixed(1)} s\n`);
    return { board: rb, app, result, entry };
}

function writeWithoutRiot(dir: string, board: Board, c: { application: string; files: ReadonlyMap<string, string>;
    features: CompileResult["features"]; stack: Stack; credentials?: number; dtlsRecord?: number; source: string; version: string;
    callStack?: { readonly bytes: number; readonly chain: readonly string[] } }): void {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, text] of c.files) {
        fs.writeFileSync(path.join(dir, name), text);
    }
    fs.writeFileSync(path.join(dir, "Makefile"), riotMakefile({ ...c, board, riotbase: undefined }));
}

/** The first compiler error, and the .ts line behind it when it is in the generated C. */
function reportBuildFailure(output: string, status: number, board: string, app: App, entry: string, io: Io, command: string): void {
    const rel = path.relative(io.cwd, app.dir) || ".";
    io.stderr(`riotscript ${command}: RIOT's make failed for ${board} (exit ${status}); the application is in ${rel}/\n`);
    const first = firstError(output);
    if (!first) {
        io.stderr(output.split("\n").filter((l) => l.trim() !== "").slice(-15).join("\n") + "\n");
        return;
    }
    io.stderr(`  ${first.text}\n`);
    if ("file" in first && app.cFiles.includes(path.basename(first.file))) {
        // the same program with #line directives says which .ts line each C line is
        const debug = compile(entry, fsHost(io), { debug: true });
        const c = debug.files.get(path.basename(first.file));
        const origin = c ? stripLineDirectives(c).origin(first.line) : undefined;
        if (origin) {
            io.stderr(`  in the C generated for ${origin.file}:${origin.line}; this is a bug in riotscript, please report it\n`);
        }
    }
}

export async function cmdBuild(parsed: Parsed, io: Io, help: string): Promise<number> {
    const json = parsed.options.has("json");
    // with --json, stdout is the JSON alone: the human lines go to stderr
    const human: Io = json ? { ...io, stdout: io.stderr } : io;
    let written: Written | undefined;
    const built = await boardBuild(parsed, human, "build", { help, noMake: parsed.options.has("no-make"),
        debug: parsed.options.has("debug"), written: (w) => { written = w; } });
    const report = (code: number, extra: Record<string, unknown> = {}): number => {
        if (json) {
            io.stdout(JSON.stringify({ entry: parsed.positional[0], ok: code === EXIT.ok, exitCode: code,
                ...(written ? { ...written, dir: path.relative(io.cwd, written.dir) || "." } : {}),
                built: "elf" in extra, ...extra }, null, 2) + "\n");
        }
        return code;
    };
    if (typeof built === "number") {
        return report(built);
    }
    const elf = path.relative(io.cwd, built.board.elf(built.app));
    human.stdout(`ELF: ${elf}\n`);
    const size = built.board.size(built.app, built.result.symbols ?? []);
    if (!("error" in size)) {
        human.stdout(`   text    data     bss\n${String(size.text).padStart(7)} ${String(size.data).padStart(7)} ${String(size.bss).padStart(7)}\n`);
    }
    return report(EXIT.ok, { elf, ...("error" in size ? {} : { size: { text: size.text, data: size.data, bss: size.bss } }) });
}

export type { Riot };

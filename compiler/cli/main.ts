/**
 * The riotscript command line: a thin shell around the compiler library. It reads files,
 * writes the generated application, and runs the C compiler or RIOT's make.
 *
 * Exit codes: 0 success; 1 the program has errors; 2 bad usage; 3 a tool or RIOTBASE is
 * missing; 4 the C build failed; otherwise `run` exits with the program's own status.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { compile, CompileResult, formatDiagnostic, formatSummary, VERSION } from "../index";
import { CompilerHost } from "../host";
import { applicationName, chooseStack, riotMakefile, stackProblems } from "../../targets/riot/app";
import { diag } from "../diagnostics/diagnostic";
import { Board, resolveBoard, Stack } from "../../targets/boards";
import { hostBuild } from "../../targets/host/build";
import { initProject } from "./init";
import { parseArgs, Parsed } from "./args";

export const EXIT = { ok: 0, errors: 1, usage: 2, missingTool: 3, buildFailed: 4 } as const;

export interface Io {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly cwd: string;
    readonly env: NodeJS.ProcessEnv;
    readonly color: boolean;
}

export function nodeIo(): Io {
    return {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        cwd: process.cwd(),
        env: process.env,
        color: process.stderr.isTTY === true && !("NO_COLOR" in process.env),
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

const HELP: Record<string, string> = {
    main: `riotscript ${VERSION}: write RIOT firmware in TypeScript.

Usage: riotscript <command> [options] <entry.ts>

Commands:
  check <entry.ts>                 Report TypeScript and riotscript errors; write nothing.
  build <entry.ts> --board <name>  Write a RIOT application (C + Makefile) and build it
                                   with RIOT's make when RIOTBASE is set.
  run <entry.ts>                   Compile for this machine (host port) and run it.
  boards                           List the boards riotscript knows.
  init <dir>                       Create a firmware project (UDP echo, Jest tests).

Options:
  -h, --help       Help for riotscript or for one command (riotscript build --help).
  -v, --version    Print the version.

Exit codes: 0 ok, 1 errors in the program, 2 bad usage, 3 missing tool or RIOTBASE,
4 the C build failed; 'run' exits with the program's own status.
`,
    check: `Usage: riotscript check <entry.ts> [--pretty false]

Type-checks the program and checks it against the riotscript subset. Every error of
every file is reported, tsc-style, with a code frame and a hint.

Options:
  --pretty false   One line per error, no code frame (for editors and CI logs).
`,
    build: `Usage: riotscript build <entry.ts> --board <name> [options]

Compiles the program to C and writes a RIOT application folder (the .c file and a
Makefile with the modules the program needs). With RIOTBASE set (environment or
--riotbase), it then runs RIOT's make and reports the ELF and its size.

Options:
  --board <name>      Target board (see 'riotscript boards'), e.g. native64, nrf52840dk.
  --out <dir>         Output folder (default: out/<application>-<board>).
  --stack <gnrc|lwip> Network stack (default: the board's, usually gnrc; lwip for a
                      program with TCP events, which GNRC cannot serve).
  --riotbase <dir>    RIOT checkout (default: $RIOTBASE).
  --debug             Emit #line directives so C errors and gdb point at the .ts lines.
  --no-make           Only write the application folder.
  --pretty false      One line per error.
`,
    run: `Usage: riotscript run <entry.ts> [options]

Compiles the program to C, builds it for this machine against riotscript's host port
of the RIOT API (real Linux sockets), and runs it in the foreground. Ctrl-C stops it.

Options:
  --cc <compiler>   C compiler (default: $CC or cc).
  --debug           Build with -O0 and #line directives, for gdb on the .ts source.
  --pretty false    One line per error.
`,
    init: `Usage: riotscript init <dir> [--riotscript <version or path>]

Creates a new firmware project in <dir>: package.json (riotscript as a dependency, Jest
set up with riotscript's transform), tsconfig.json, src/main.ts (a UDP echo server),
test/main.test.ts (its tests, for Node and for the compiled binary) and a README.
Then: cd <dir> && npm install && npm test.

Options:
  --riotscript <spec>  The dependency to write (default: ^<this version>), e.g. a path
                       to a riotscript checkout or tarball.
`,
    boards: `Usage: riotscript boards

Lists the boards in targets/boards with their CPU and default network stack.
`,
};

export async function main(argv: readonly string[], io: Io): Promise<number> {
    const parsed = parseArgs(argv);
    if ("error" in parsed) {
        io.stderr(`riotscript: ${parsed.error}\nRun 'riotscript --help' for usage.\n`);
        return EXIT.usage;
    }
    if (parsed.options.has("version") && !parsed.command) {
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
    }
    if (!parsed.command || (parsed.command === "help")) {
        io.stdout(HELP[parsed.positional[0] ?? "main"] ?? HELP.main);
        return parsed.command || parsed.options.has("help") ? EXIT.ok : EXIT.usage;
    }
    const help = HELP[parsed.command];
    if (!help) {
        io.stderr(`riotscript: unknown command '${parsed.command}'\n\n${HELP.main}`);
        return EXIT.usage;
    }
    if (parsed.options.has("help")) {
        io.stdout(help);
        return EXIT.ok;
    }
    try {
        switch (parsed.command) {
        case "check": return await cmdCheck(parsed, io);
        case "build": return await cmdBuild(parsed, io);
        case "run": return await cmdRun(parsed, io);
        case "boards": return cmdBoards(io);
        case "init": return cmdInit(parsed, io);
        }
    } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        io.stderr(`riotscript: internal error: ${message}\nThis is a bug in riotscript; please report it.\n`);
        if (io.env.RIOTSCRIPT_DEBUG && e instanceof Error) {
            io.stderr(`${e.stack}\n`);
        }
        return EXIT.errors;
    }
    return EXIT.usage;
}

function entryOf(parsed: Parsed, io: Io, command: string): string | undefined {
    if (parsed.positional.length !== 1) {
        io.stderr(`riotscript ${command}: expected one entry file\n\n${HELP[command]}`);
        return undefined;
    }
    return parsed.positional[0];
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

function compileAndReport(entry: string, parsed: Parsed, io: Io, checkOnly: boolean): CompileResult {
    const result = compile(entry, fsHost(io), { checkOnly, debug: parsed.options.has("debug") });
    const pretty = parsed.options.get("pretty") !== "false";
    for (const d of result.diagnostics) {
        io.stderr(formatDiagnostic(d, { pretty, color: io.color && pretty, sources: result.sources }) + "\n");
    }
    if (result.diagnostics.length > 0 && pretty) {
        io.stderr(formatSummary(result.diagnostics));
    }
    return result;
}

async function cmdCheck(parsed: Parsed, io: Io): Promise<number> {
    const entry = entryOf(parsed, io, "check");
    if (entry === undefined) {
        return EXIT.usage;
    }
    const result = compileAndReport(entry, parsed, io, true);
    if (result.ok && result.module) {
        const m = result.module;
        io.stdout(`${entry}: no errors; bounds checks: ${m.checksRemoved} proven unnecessary, ${m.checksKept} kept\n`);
    }
    return result.ok ? EXIT.ok : EXIT.errors;
}

function boardsDir(): string {
    return path.join(packageRoot(), "targets", "boards");
}

function readBoard(name: string): Record<string, unknown> | undefined {
    const file = path.join(boardsDir(), `${name}.json`);
    if (!/^[A-Za-z0-9_.-]+$/.test(name) || !fs.existsSync(file)) {
        return undefined;
    }
    return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
}

function boardNames(): string[] {
    return fs.readdirSync(boardsDir()).filter((f) => f.endsWith(".json") && !f.startsWith("_"))
        .map((f) => f.replace(/\.json$/, "")).sort();
}

function cmdInit(parsed: Parsed, io: Io): number {
    const dir = parsed.positional[0];
    if (!dir) {
        io.stderr(`riotscript init: which folder? ${HELP.init}`);
        return EXIT.usage;
    }
    const spec = parsed.options.get("riotscript");
    const riotscript = typeof spec === "string" ? (/^[.\/]/.test(spec) ? `file:${path.resolve(io.cwd, spec)}` : spec)
        : `^${VERSION}`;
    const target = path.resolve(io.cwd, dir);
    const root = packageRoot();
    const r = initProject(target, path.join(root, "targets", "init"), path.join(root, "examples", "udp-echo", "main.ts"),
        riotscript);
    if (r.error) {
        io.stderr(`riotscript init: ${r.error}\n`);
        return EXIT.usage;
    }
    for (const f of r.created) {
        io.stdout(`  created ${path.join(dir, f)}\n`);
    }
    io.stdout(`\nNext:\n  cd ${dir}\n  npm install\n  npm test\n  npm start\n`);
    return EXIT.ok;
}

function cmdBoards(io: Io): number {
    for (const name of boardNames()) {
        const b = resolveBoard(name, readBoard) as Board;
        io.stdout(`${name.padEnd(16)} ${b.stack.padEnd(5)} ${b.description}\n`);
    }
    return EXIT.ok;
}

async function cmdBuild(parsed: Parsed, io: Io): Promise<number> {
    const entry = entryOf(parsed, io, "build");
    if (entry === undefined) {
        return EXIT.usage;
    }
    const boardName = parsed.options.get("board");
    if (typeof boardName !== "string") {
        io.stderr(`riotscript build: --board is required, e.g. --board native64 or --board nrf52840dk\n`
            + `Known boards: ${boardNames().join(", ")}\n`);
        return EXIT.usage;
    }
    const board = resolveBoard(boardName, readBoard);
    if (!board) {
        io.stderr(`riotscript build: unknown board '${boardName}'\nKnown boards: ${boardNames().join(", ")}\n`);
        return EXIT.usage;
    }
    const stackOpt = parsed.options.get("stack");
    if (stackOpt !== undefined && stackOpt !== "gnrc" && stackOpt !== "lwip") {
        io.stderr(`riotscript build: --stack must be 'gnrc' or 'lwip'\n`);
        return EXIT.usage;
    }
    const result = compileAndReport(entry, parsed, io, false);
    if (!result.ok) {
        return EXIT.errors;
    }
    const chosen = chooseStack(result.features, board.stack, stackOpt as Stack | undefined);
    const stack: Stack = chosen.stack;
    if (chosen.note) {
        io.stderr(`note: ${chosen.note}\n`);
    }
    // a combination the board's stack cannot build is the program's error, not a link error
    const problems = stackProblems(result.features, stack);
    if (problems.length > 0) {
        const pretty = parsed.options.get("pretty") !== "false";
        const diags = problems.map((p) => diag("StackUnsupported", result.module?.featureSpans?.get(p.feature), p.what,
            stack === "gnrc" ? "GNRC" : "lwIP", boardName, p.instead));
        for (const d of diags) {
            io.stderr(formatDiagnostic(d, { pretty, color: io.color && pretty, sources: result.sources }) + "\n");
        }
        return EXIT.errors;
    }
    const application = applicationName(entry);
    const outOpt = parsed.options.get("out");
    const out = path.resolve(io.cwd, typeof outOpt === "string" ? outOpt : path.join("out", `${application}-${boardName}`));
    const riotOpt = parsed.options.get("riotbase");
    const riotbase = typeof riotOpt === "string" ? path.resolve(io.cwd, riotOpt) : io.env.RIOTBASE;
    fs.mkdirSync(out, { recursive: true });
    for (const [name, text] of result.files) {
        fs.writeFileSync(path.join(out, name), text);
    }
    fs.writeFileSync(path.join(out, "Makefile"), riotMakefile({
        application, board, stack, features: result.features, version: VERSION, credentials: result.module?.credentials,
        source: path.relative(out, path.resolve(io.cwd, entry)),
        riotbase: riotbase ?? "$(CURDIR)/../RIOT",
    }));
    const rel = path.relative(io.cwd, out) || ".";
    io.stdout(`wrote ${rel}/ (${[...result.files.keys(), "Makefile"].join(", ")})\n`);
    if (parsed.options.has("no-make")) {
        return EXIT.ok;
    }
    if (!riotbase) {
        io.stderr(`riotscript build: RIOTBASE is not set, so the application was written but not built.\n`
            + `  To build it, point RIOTBASE at a RIOT checkout and run again:\n`
            + `    RIOTBASE=/path/to/RIOT riotscript build ${entry} --board ${boardName}\n`
            + `  or build it with RIOT's make directly:\n`
            + `    make -C ${rel} RIOTBASE=/path/to/RIOT\n`);
        return EXIT.missingTool;
    }
    if (!fs.existsSync(path.join(riotbase, "Makefile.include"))) {
        io.stderr(`riotscript build: RIOTBASE=${riotbase} is not a RIOT checkout (no Makefile.include)\n`);
        return EXIT.missingTool;
    }
    io.stderr(`building ${application} for ${boardName} with RIOT's make (RIOTBASE=${riotbase})...\n`);
    const make = await runStreaming("make", ["-C", out, `BOARD=${boardName}`, `RIOTBASE=${riotbase}`, "all"],
        io, { ...io.env, RIOTBASE: riotbase });
    if (make === "missing") {
        io.stderr("riotscript build: 'make' was not found; install it (apt-get install make)\n");
        return EXIT.missingTool;
    }
    if (make !== 0) {
        io.stderr(`riotscript build: RIOT's make failed (exit ${make}); the application is in ${rel}/\n`);
        return EXIT.buildFailed;
    }
    const elf = path.join(out, "bin", boardName, `${application}.elf`);
    const sizeTool = board.arch === "arm" ? "arm-none-eabi-size" : "size";
    const size = spawnSync(sizeTool, [elf], { encoding: "utf8" });
    io.stdout(`ELF: ${path.relative(io.cwd, elf)}\n`);
    if (size.status === 0) {
        io.stdout(size.stdout);
    }
    return EXIT.ok;
}

/** Runs a command with its output passed through; resolves to its status or "missing". */
function runStreaming(cmd: string, args: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number | "missing"> {
    return new Promise((resolve) => {
        const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
        child.stdout.on("data", (d: Buffer) => io.stderr(d.toString()));
        child.stderr.on("data", (d: Buffer) => io.stderr(d.toString()));
        child.on("error", (e: NodeJS.ErrnoException) => resolve(e.code === "ENOENT" ? "missing" : 1));
        child.on("close", (code) => resolve(code ?? 1));
    });
}

/** Compiles the program and links it with the host port; returns the binary's path. */
export async function buildHost(entry: string, parsed: Parsed, io: Io): Promise<string | number> {
    const result = compileAndReport(entry, parsed, io, false);
    if (!result.ok) {
        return EXIT.errors;
    }
    const application = applicationName(entry);
    const debug = parsed.options.has("debug");
    const out = path.resolve(io.cwd, ".riotscript", "host", application);
    fs.mkdirSync(out, { recursive: true });
    for (const [name, text] of result.files) {
        fs.writeFileSync(path.join(out, name), text);
    }
    const host = path.join(packageRoot(), "targets", "host");
    const spec = hostBuild(result.features, debug);
    const ccOpt = parsed.options.get("cc");
    const cc = typeof ccOpt === "string" ? ccOpt : io.env.CC ?? "cc";
    const binary = path.join(out, application);
    const args = [...spec.cflags, ...spec.defines.map((d) => `-D${d}`), `-I${path.join(host, "include")}`,
        ...[...result.files.keys()].map((f) => path.join(out, f)),
        ...spec.sources.map((s) => path.join(host, "src", s)), "-o", binary, ...spec.libs];
    const cc1 = spawnSync(cc, args, { encoding: "utf8" });
    if (cc1.error && (cc1.error as NodeJS.ErrnoException).code === "ENOENT") {
        io.stderr(`riotscript: no C compiler: '${cc}' was not found. Install one (apt-get install gcc) `
            + "or name it with --cc or CC.\n");
        return EXIT.missingTool;
    }
    if (cc1.status !== 0) {
        io.stderr(cc1.stderr + cc1.stdout);
        io.stderr(`riotscript: the C compiler failed on the generated code in ${path.relative(io.cwd, out)}/; `
            + "this is a bug in riotscript.\n");
        return EXIT.buildFailed;
    }
    return binary;
}

async function cmdRun(parsed: Parsed, io: Io): Promise<number> {
    const entry = entryOf(parsed, io, "run");
    if (entry === undefined) {
        return EXIT.usage;
    }
    const binary = await buildHost(entry, parsed, io);
    if (typeof binary === "number") {
        return binary;
    }
    io.stderr(`running ${path.relative(io.cwd, binary)} (Ctrl-C stops it)\n`);
    return new Promise((resolve) => {
        const child = spawn(binary, [], { stdio: ["inherit", "pipe", "pipe"] });
        child.stdout.on("data", (d: Buffer) => io.stdout(d.toString()));
        child.stderr.on("data", (d: Buffer) => io.stderr(d.toString()));
        const stop = () => child.kill("SIGINT");
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
        child.on("close", (code, signal) => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            if (signal === "SIGINT" || signal === "SIGTERM") {
                io.stderr("stopped\n");
                resolve(130);
                return;
            }
            resolve(code ?? 1);
        });
    });
}

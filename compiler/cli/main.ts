/**
 * The riotscript command line: a thin shell around the compiler library and the targets.
 * Each command is a function in commands/; this file holds the help and the dispatch.
 *
 * Exit codes: 0 success; 1 the program has errors; 2 bad usage; 3 a tool or RIOTBASE is
 * missing; 4 the C build (or the programmer) failed; 130 interrupted; `run` exits with
 * the program's own status.
 */
import { VERSION } from "../index";
import { parseArgs, Parsed } from "./args";
import { EXIT, Io } from "./common";
import { cmdBoards, cmdDoctor } from "./commands/boards";
import { cmdBuild } from "./commands/build";
import { cmdDebug } from "./commands/debug";
import { cmdFlash, cmdTerm } from "./commands/flash";
import { cmdCheck, cmdInit } from "./commands/project";
import { cmdRun } from "./commands/run";
import { cmdSize } from "./commands/size";
import { suggestBoards } from "../../targets/boards";

export { EXIT, fsHost, Io, nodeIo, packageRoot } from "./common";
export { buildHost } from "./commands/run";

const BOARD_OPTIONS = `  --board <name>      A RIOT board: any folder of $RIOTBASE/boards ('riotscript boards').
  --riotbase <dir>    RIOT checkout (default: $RIOTBASE).
  --stack <gnrc|lwip> Network stack (default: the board's, usually gnrc; lwip for a
                      program with TCP events, which GNRC cannot serve).
  --out <dir>         Application folder (default: out/<application>-<board>).
  --pretty false      One line per error.`;

const HELP: Record<string, string> = {
    main: `riotscript ${VERSION}: write RIOT firmware in TypeScript.

Usage: riotscript <command> [options]

Commands:
  check <entry.ts>                 Report TypeScript and riotscript errors; write nothing.
  run <entry.ts>                   Compile for this machine (host port) and run it.
  run <entry.ts> --board microbit  Build the RIOT firmware and run it in QEMU's micro:bit.
  build <entry.ts> --board <name>  Write a RIOT application (C + Makefile) and build it.
  flash <entry.ts> --board <name>  Build, then flash the board (--monitor: then open its terminal).
  term --board <name>              Open the board's serial terminal.
  size <entry.ts> --board <name>   Flash and RAM the firmware takes, and its largest parts.
  debug <entry.ts> [--board <name>] gdb on the program, with breakpoints on .ts lines.
  boards [filter]                  List RIOT's boards (all of them with RIOTBASE set).
  doctor                           Check the tools riotscript uses, and say how to get them.
  init <dir>                       Create a firmware project (UDP echo, Jest tests).

Options:
  -h, --help       Help for riotscript or for one command (riotscript flash --help).
  -v, --version    Print the version.

Exit codes: 0 ok, 1 errors in the program, 2 bad usage, 3 missing tool or RIOTBASE,
4 the C build or the programmer failed, 130 interrupted; 'run' exits with the program's
own status.
`,
    check: `Usage: riotscript check <entry.ts> [--pretty false] [--json]

Type-checks the program and checks it against the riotscript subset. Every error of
every file is reported, tsc-style, with a code frame and a hint.

Options:
  --pretty false   One line per error, no code frame (for editors and CI logs).
  --json           The diagnostics as JSON on stdout (code, message, hint, file, line, col).
`,
    build: `Usage: riotscript build <entry.ts> --board <name> [options]

Compiles the program to C and writes a RIOT application folder (the .c file and a
Makefile with the modules the program needs). With RIOTBASE set (environment or
--riotbase), it then runs RIOT's make (in parallel, through ccache when installed) and
reports the ELF and its size.

Options:
${BOARD_OPTIONS}
  --debug             Emit #line directives so C errors and gdb point at the .ts lines.
  --no-make           Only write the application folder.
  --json              On stdout, what was written and built as JSON (the ELF, its size).
`,
    run: `Usage: riotscript run <entry.ts> [options]

Compiles the program to C, builds it for this machine against riotscript's host port
of the RIOT API (real Linux sockets), and runs it in the foreground. Ctrl-C stops it.

With --board microbit it builds the RIOT firmware instead and runs it in QEMU's
emulated micro:bit: the UART is the console, main's return value is the exit status, a
panic exits 70 with its message. A program with sockets gets a network when run as root:
a tap interface in a network namespace, bridged to the firmware's ethos interface, with
the node at fd00:dead:beef::2 (the host side is fd00:dead:beef::1).

Options:
  --cc <compiler>   C compiler for the host port (default: $CC or cc).
  --debug           Build with -O0 and #line directives, for gdb on the .ts source.
  --stack <gnrc|lwip>  The stack whose behaviour the host port takes on (default: what a
                    board build picks, lwip for TCP events, else gnrc; docs/api.md).
  --watch           Rebuild and restart when a .ts file of the program's folder changes
                    (a build with errors keeps the last good one running).
  --board microbit  Run the firmware in QEMU (needs RIOTBASE and qemu-system-arm).
  --netns <name>    The network namespace for the emulated node (default:
                    riotscript-microbit, made and removed by riotscript).
  --tap <name>      Instead, a tap interface of this namespace (made and removed by
                    riotscript), so that this machine's programs reach the node.
  --timeout <s>     Stop the emulation after this many seconds (exit 124).
  --out <dir>       The firmware's application folder (default: .riotscript/microbit/...).
  --riotbase <dir>  RIOT checkout (default: $RIOTBASE).
  --pretty false    One line per error.
`,
    flash: `Usage: riotscript flash <entry.ts> --board <name> [options]

Builds the program for the board, then flashes it through RIOT's own 'make flash-only'
with the board's programmer. The programmer's tool (openocd, JLinkExe, pyocd, edbg, ...)
is checked first: if it is missing, riotscript names it and how to install it (exit 3).

Options:
${BOARD_OPTIONS}
  --programmer <p>    One of the programmers RIOT supports for the board (PROGRAMMER).
  --port <dev>        Serial port (PORT), for serial bootloaders and --monitor.
  --serial <id>       The debugger's serial number, to pick one of several (SERIAL).
  --monitor           Open the board's terminal after flashing.
  --debug             Build with #line directives.
`,
    term: `Usage: riotscript term --board <name> [--port <dev>]

Opens the board's serial console: RIOT's 'make term' (pyterm) when python3's pyserial
is installed, else riotscript's own terminal. Without --port it uses the only serial
port there is, and lists them when there are several. Ctrl-C closes it.

Options:
  --board <name>     The board (its baud rate and default port come from RIOT).
  --port <dev>       Serial port, e.g. /dev/ttyACM0.
  --riotbase <dir>   RIOT checkout (default: $RIOTBASE).
`,
    size: `Usage: riotscript size <entry.ts> --board <name> [--json] [--top N]

Builds the program for the board and reports the firmware's text, data and bss, the
share of the board's flash (text + data) and RAM (data + bss) it takes, and the program's
own largest symbols, each named by the TypeScript function or module object it comes from.

Options:
${BOARD_OPTIONS}
  --json              The report as JSON.
  --top <n>           How many symbols to list (default 10).
`,
    debug: `Usage: riotscript debug <entry.ts> [--board <name> [--emulate]] [options]

Builds the program with #line directives and starts gdb, so that 'break main.ts:14'
works and gdb steps through the TypeScript.
  - no --board: gdb on the host-port binary;
  - --board <name>: RIOT's 'make debug' through the board's programmer;
  - --board microbit --emulate: QEMU's micro:bit, stopped at reset, with gdb attached.

Options:
${BOARD_OPTIONS}
  --emulate           Debug in QEMU instead of on hardware (micro:bit).
  --programmer <p>    The programmer's debug server to use.
  --commands <file>   gdb commands to run (gdb -x), e.g. breakpoints.
  --batch             Run the commands and exit (gdb -batch).
`,
    boards: `Usage: riotscript boards [filter] [--verified] [--json]

Lists the boards: with RIOTBASE set, every board of the RIOT checkout, with CPU and core
as RIOT's Makefiles define them (read once per RIOT commit, then cached); without it,
the boards riotscript knows. A filter keeps the boards whose name, CPU or core contains
it (riotscript boards nrf52); an exact name also prints the board's details (memory,
network device, programmer, emulator). * marks the boards riotscript has verified.

Options:
  --verified          Only the verified boards.
  --json              The list as JSON.
  --riotbase <dir>    RIOT checkout (default: $RIOTBASE).
`,
    doctor: `Usage: riotscript doctor [--json]

Checks what riotscript uses: Node.js, a C compiler, make, arm-none-eabi-gcc and newlib,
qemu-system-arm and socat, ccache, the programmers' tools (openocd, pyocd, J-Link, edbg),
pyserial, gdb, RIOTBASE and its commit, and whether RIOT's packages are present or can be
fetched. Each missing part is listed with what it is needed for and how to install it.
Exits 3 if something riotscript cannot work without is missing.

Options:
  --json              The report as JSON.
  --riotbase <dir>    RIOT checkout (default: $RIOTBASE).
`,
    init: `Usage: riotscript init <dir> [--riotscript <version or path>]

Creates a new firmware project in <dir>: package.json (riotscript as a dependency, Jest
set up with riotscript's transform), tsconfig.json, src/main.ts (a UDP echo server),
test/main.test.ts (its tests, for Node and for the compiled binary) and a README.
Then: cd <dir> && npm install && npm test.

Options:
  --riotscript <spec>  The dependency to write. By default it is where this riotscript
                       came from: its registry version (^<version>), the tarball it
                       was installed from (npx --package=<tgz>), or its checkout.
`,
};

const COMMANDS: Record<string, (p: Parsed, io: Io, help: string) => Promise<number> | number> = {
    check: cmdCheck,
    build: cmdBuild,
    run: cmdRun,
    flash: cmdFlash,
    term: (p, io) => cmdTerm(p, io),
    size: cmdSize,
    debug: cmdDebug,
    boards: (p, io) => cmdBoards(p, io),
    doctor: (p, io) => cmdDoctor(p, io),
    init: cmdInit,
};

/** The commands, for the docs test: the README must show each of them. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/**
 * The first option the command does not take, with the nearest it does: a command takes
 * the options its help shows (so the two cannot drift), and --help and --version.
 */
function unknownOption(parsed: Parsed, help: string): string | undefined {
    const known = new Set(["help", "version", ...[...help.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1])]);
    for (const name of parsed.options.keys()) {
        if (!known.has(name)) {
            const near = suggestBoards(name, [...known], 1);
            return `unknown option '--${name}'${near.length > 0 ? `; did you mean '--${near[0]}'?` : ""}`;
        }
    }
    return undefined;
}

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
    const run = COMMANDS[parsed.command];
    if (!run) {
        const near = Object.keys(COMMANDS).filter((c) => c.startsWith(parsed.command!.slice(0, 2)));
        io.stderr(`riotscript: unknown command '${parsed.command}'`
            + (near.length > 0 ? `; did you mean ${near.map((c) => `'${c}'`).join(", ")}?` : "") + `\n\n${HELP.main}`);
        return EXIT.usage;
    }
    const help = HELP[parsed.command];
    if (parsed.options.has("help")) {
        io.stdout(help);
        return EXIT.ok;
    }
    const unknown = unknownOption(parsed, help);
    if (unknown !== undefined) {
        io.stderr(`riotscript ${parsed.command}: ${unknown}\nRun 'riotscript ${parsed.command} --help' for its options.\n`);
        return EXIT.usage;
    }
    try {
        return await run(parsed, io, help);
    } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        io.stderr(`riotscript: internal error: ${message}\nThis is a bug in riotscript; please report it.\n`);
        if (io.env.RIOTSCRIPT_DEBUG && e instanceof Error) {
            io.stderr(`${e.stack}\n`);
        }
        return EXIT.errors;
    }
}

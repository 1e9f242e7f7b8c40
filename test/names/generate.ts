/**
 * Regenerates compiler/emit/cnames.json: every single-word lowercase identifier (the shape
 * compiler/emit/names.ts otherwise keeps) that the C library's and POSIX's headers declare
 * or define, on this machine's glibc and, when arm-none-eabi-gcc is installed, newlib.
 * Run: npm run build && node dist/test/names/generate.js
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { headerNames } from "./headers";

export const STANDARD_HEADERS = ["assert.h", "complex.h", "ctype.h", "errno.h", "fenv.h", "float.h", "inttypes.h",
    "limits.h", "locale.h", "math.h", "setjmp.h", "signal.h", "stdalign.h", "stdarg.h", "stdbool.h", "stddef.h",
    "stdint.h", "stdio.h", "stdlib.h", "stdnoreturn.h", "string.h", "strings.h", "time.h", "wchar.h", "wctype.h",
    "unistd.h", "fcntl.h", "sys/types.h", "sys/stat.h", "sys/time.h", "dirent.h", "sched.h", "pthread.h", "termios.h",
    "poll.h", "sys/socket.h", "netinet/in.h", "arpa/inet.h", "netdb.h", "sys/select.h", "regex.h", "search.h",
    "libgen.h", "glob.h", "pwd.h", "grp.h", "utime.h", "malloc.h", "alloca.h", "endian.h"];

/**
 * newlib's include folders first, as RIOT's makefiles/libc/newlib.mk puts them (-isystem):
 * otherwise gcc's freestanding stdint.h wins, and PRId64 is missing.
 */
export function newlibFlags(): string[] {
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
    const r = spawnSync("arm-none-eabi-gcc", ["-H", "-E", "-x", "c", "-"], { input: "#include <newlib.h>\n", encoding: "utf8" });
    const header = /^\. (\S+)\/newlib\.h$/m.exec(r.stderr ?? "")?.[1];
    if (!header) {
        return [];
    }
    const nano = path.join(header, "nano");
    return [...(fs.existsSync(nano) ? ["-isystem", nano] : []), "-isystem", header];
}

/** The compilers to ask, with the flags RIOT builds with (C11 with GNU extensions). */
export function compilers(have: (cmd: string) => boolean): { cc: string; args: string[]; headers: string[] }[] {
    const out = [{ cc: "cc", args: ["-std=gnu11", "-D_GNU_SOURCE"], headers: STANDARD_HEADERS }];
    if (have("arm-none-eabi-gcc")) {
        // newlib lacks the socket headers; RIOT's own provide those
        const newlib = STANDARD_HEADERS.filter((h) => !/socket|netinet|arpa|netdb|poll|termios|pwd|grp|glob|regex|utime|search/.test(h));
        out.push({ cc: "arm-none-eabi-gcc", args: [...newlibFlags(), "-std=gnu11", "-mcpu=cortex-m0", "-mthumb"], headers: newlib });
        out.push({ cc: "arm-none-eabi-gcc", args: [...newlibFlags(), "-std=gnu11", "-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard",
            "-mfpu=fpv4-sp-d16"], headers: newlib });
    }
    return out;
}

/** The single-word lowercase names of the C library's headers, and those that are object-like macros. */
export function libraryWords(have: (cmd: string) => boolean): Set<string> {
    return libraryNames(have).words;
}

export function libraryNames(have: (cmd: string) => boolean): { words: Set<string>; macros: Set<string> } {
    const words = new Set<string>();
    const macros = new Set<string>();
    for (const c of compilers(have)) {
        // one header at a time: some pairs of headers do not go together on every libc
        for (const h of c.headers) {
            const r = headerNames(c.cc, c.args, `#include <${h}>\n`);
            if ("error" in r) {
                continue;
            }
            for (const n of [...r.declared, ...r.objectMacros, ...r.functionMacros]) {
                if (/^[a-z][a-z0-9]*$/.test(n)) {
                    words.add(n);
                }
            }
            for (const n of r.objectMacros) {
                if (/^[a-z][a-z0-9]*$/.test(n)) {
                    macros.add(n);
                }
            }
        }
    }
    return { words, macros };
}

/** What RIOT's headers declare (for the examples, on `boards`) that the shape rules would keep. */
export async function riotNames(riotBase: string, boards: readonly string[], examples: readonly string[]): Promise<Set<string>> {
    const { cli } = await import("../helpers.js");
    const { needsPrefix } = await import("../../compiler/emit/names.js");
    const os = await import("node:os");
    const { riotHeaderNames } = await import("./headers.js");
    const out = new Set<string>();
    for (const board of boards) {
        for (const example of examples) {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-names-"));
            const r = await cli(["build", `examples/${example}/main.ts`, "--board", board, "--out", dir, "--no-make"],
                { ...process.env, RIOTBASE: riotBase }, path.join(__dirname, "..", "..", ".."));
            const names = r.code === 0 ? riotHeaderNames(dir, board, riotBase) : { error: r.stderr };
            if ("error" in names) {
                throw new Error(`${board} ${example}: ${names.error}`);
            }
            for (const n of [...names.declared, ...names.functionMacros]) {
                if (!needsPrefix(n, "global") || !needsPrefix(n, "function")) {
                    out.add(n);
                }
            }
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }
    return out;
}

if (require.main === module) {
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
    const have = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
    const file = path.join(__dirname, "..", "..", "..", "compiler", "emit", "cnames.json");
    const old = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) as { names?: string[]; macros?: string[]; riot?: string[] } : {};
    const found = libraryNames(have);
    const names = [...new Set([...old.names ?? [], ...found.words])].sort();
    const macros = [...new Set([...old.macros ?? [], ...found.macros])].sort();
    const write = (riot: string[]) => fs.writeFileSync(file, JSON.stringify({
        _comment: "Identifiers C headers declare in shapes names.ts otherwise keeps: 'names', the single-word ones of "
            + "the C library and POSIX (glibc, newlib); 'macros', their lowercase object-like macros; 'riot', what RIOT's "
            + "and its packages' headers declare for the examples on a set of boards. Regenerate: node "
            + "dist/test/names/generate.js (with RIOTBASE set for 'riot')",
        macros,
        names,
        riot,
    }, null, 0).replace(/","/g, "\",\n\"") + "\n");
    const riotBase = process.env.RIOTBASE;
    if (riotBase) {
        const BOARDS = ["native64", "nrf52840dk", "samr21-xpro", "iotlab-m3", "nucleo-f767zi", "same54-xpro", "frdm-kw41z",
            "openmote-b", "microbit"];
        const EXAMPLES = ["udp-echo", "udp-telemetry", "tcp-echo", "tcp-client", "ip-raw", "dtls-echo"];
        riotNames(riotBase, BOARDS, EXAMPLES).then((found) => {
            const riot = [...new Set([...old.riot ?? [], ...found])].sort();
            write(riot);
            process.stdout.write(`${names.length} names, ${macros.length} macros, ${riot.length} of RIOT's\n`);
        }, (e: Error) => {
            process.stderr.write(`${e.message}\n`);
            process.exitCode = 1;
        });
    } else {
        write(old.riot ?? []);
        process.stdout.write(`${names.length} names, ${macros.length} macros\n`);
    }
}

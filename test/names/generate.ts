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

/** The compilers to ask, with the flags RIOT builds with (C11 with GNU extensions). */
export function compilers(have: (cmd: string) => boolean): { cc: string; args: string[]; headers: string[] }[] {
    const out = [{ cc: "cc", args: ["-std=gnu11", "-D_GNU_SOURCE"], headers: STANDARD_HEADERS }];
    if (have("arm-none-eabi-gcc")) {
        // newlib lacks the socket headers; RIOT's own provide those
        const newlib = STANDARD_HEADERS.filter((h) => !/socket|netinet|arpa|netdb|poll|termios|pwd|grp|glob|regex|utime|search/.test(h));
        out.push({ cc: "arm-none-eabi-gcc", args: ["-std=gnu11", "-mcpu=cortex-m0", "-mthumb"], headers: newlib });
        out.push({ cc: "arm-none-eabi-gcc", args: ["-std=gnu11", "-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"], headers: newlib });
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

if (require.main === module) {
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
    const have = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
    const file = path.join(__dirname, "..", "..", "..", "compiler", "emit", "cnames.json");
    const old = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) as { names?: string[]; macros?: string[] } : {};
    const found = libraryNames(have);
    const names = [...new Set([...old.names ?? [], ...found.words])].sort();
    const macros = [...new Set([...old.macros ?? [], ...found.macros])].sort();
    fs.writeFileSync(file, JSON.stringify({
        _comment: "Single-word lowercase identifiers of the C library and POSIX (glibc, newlib): file-scope program "
            + "names spelled like one of them are prefixed, and names of every kind spelled like one of the macros "
            + "(see names.ts). Regenerate: node dist/test/names/generate.js",
        macros,
        names,
    }, null, 0).replace(/","/g, "\",\n\"") + "\n");
    process.stdout.write(`${names.length} names\n`);
}

/**
 * The identifiers C headers put into a translation unit: every macro (`cc -dM -E`) and every
 * name declared at file scope (functions, variables, typedefs, enum constants), read from
 * the preprocessed text. Used to prove compiler/emit/names.ts against real headers, and to
 * generate compiler/emit/cnames.json.
 */
import { spawnSync } from "node:child_process";

export interface HeaderNames {
    readonly objectMacros: Set<string>;
    readonly functionMacros: Set<string>;
    /** Declared at file scope: functions, objects, typedef names, enum constants. */
    readonly declared: Set<string>;
}

/** Preprocesses `source` with `cc args` and collects its identifiers. */
export function headerNames(cc: string, args: readonly string[], source: string): HeaderNames | { error: string } {
    const macros = spawnSync(cc, [...args, "-dM", "-E", "-x", "c", "-"], { input: source, encoding: "utf8", maxBuffer: 1 << 28 });
    const pre = spawnSync(cc, [...args, "-E", "-P", "-x", "c", "-"], { input: source, encoding: "utf8", maxBuffer: 1 << 28 });
    if (macros.status !== 0 || pre.status !== 0) {
        return { error: (macros.stderr || pre.stderr || String(macros.error)).split("\n").slice(0, 5).join("\n") };
    }
    const objectMacros = new Set<string>();
    const functionMacros = new Set<string>();
    for (const m of macros.stdout.matchAll(/^#define ([A-Za-z_]\w*)(\(?)/gm)) {
        (m[2] === "(" ? functionMacros : objectMacros).add(m[1]);
    }
    return { objectMacros, functionMacros, declared: fileScopeNames(pre.stdout) };
}

const KEYWORDS = new Set(("auto break case char const continue default do double else enum extern float for goto if "
    + "inline int long register restrict return short signed sizeof static struct switch typedef union unsigned void "
    + "volatile while _Bool _Complex _Noreturn _Static_assert _Alignas _Alignof _Atomic _Thread_local _Generic "
    + "__attribute__ __asm__ asm __extension__ __restrict __inline __inline__ typeof __typeof__").split(" "));

/**
 * Names declared at file scope in preprocessed C: identifiers outside any braces and
 * parentheses that end a declarator (followed by `(`, `;`, `,`, `=`, `[` or `:`), and the
 * constants of enum bodies.
 */
export function fileScopeNames(text: string): Set<string> {
    const out = new Set<string>();
    // (-g3 keeps #define lines in -E output; they are not declarations)
    const tokens = text.replace(/^\s*#.*$/gm, "").replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, " 0 ")
        .match(/[A-Za-z_]\w*|\d[\w.]*|\S/g) ?? [];
    // a stack of what each open bracket is: "enum" bodies collect their constants
    const stack: string[] = [];
    let parens = 0;
    let pendingEnum = false;
    let expectEnumConst = false;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const next = tokens[i + 1] ?? "";
        if (t === "enum") {
            pendingEnum = true;
            continue;
        }
        if (t === "{") {
            stack.push(pendingEnum ? "enum" : "block");
            expectEnumConst = pendingEnum;
            pendingEnum = false;
            continue;
        }
        if (t === "}") {
            stack.pop();
            continue;
        }
        if (t === ";") {
            pendingEnum = false;
        }
        if (t === "(" || t === "[") {
            parens++;
            continue;
        }
        if (t === ")" || t === "]") {
            parens--;
            continue;
        }
        if (stack[stack.length - 1] === "enum" && parens === 0) {
            if (expectEnumConst && /^[A-Za-z_]\w*$/.test(t)) {
                out.add(t);
                expectEnumConst = false;
            } else if (t === ",") {
                expectEnumConst = true;
            }
            continue;
        }
        if (stack.length === 0 && parens === 0 && /^[A-Za-z_]\w*$/.test(t) && !KEYWORDS.has(t)
            && ["(", ";", ",", "=", "[", ":"].includes(next)) {
            out.add(t);
        }
    }
    return out;
}

/**
 * The headers a generated program includes, with the flags RIOT's make compiles it with for
 * `board`: from the application's compile_commands.json (RIOT's `make compile-commands`).
 */
export function riotHeaderNames(appDir: string, board: string, riotBase: string): HeaderNames | { error: string } {
    const { spawnSync: run } = require("node:child_process") as typeof import("node:child_process");
    const fs = require("node:fs") as typeof import("node:fs");
    const path = require("node:path") as typeof import("node:path");
    const cc = run("make", ["-s", "-C", appDir, "compile-commands", `BOARD=${board}`, `RIOTBASE=${riotBase}`,
        "COMPILE_COMMANDS_FLAGS="], { encoding: "utf8", env: { ...process.env, RIOTBASE: riotBase } });
    if (cc.status !== 0) {
        return { error: `make compile-commands: ${cc.stderr.split("\n")[0]}` };
    }
    const commands = JSON.parse(fs.readFileSync(path.join(appDir, "compile_commands.json"), "utf8")) as
        { arguments: string[]; file: string; directory: string }[];
    const main = commands.find((c) => path.resolve(c.directory, c.file) === path.join(appDir, "main.c"));
    if (!main) {
        return { error: "main.c is not in compile_commands.json" };
    }
    const args = main.arguments.slice(1).filter((a, i, all) => !["-c", "main.c", "-o", "-MF", "-MT", "-MQ"].includes(a)
        && !/^-M/.test(a) && !["-o", "-MF", "-MT", "-MQ"].includes(all[i - 1]));
    const includes = fs.readFileSync(path.join(appDir, "main.c"), "utf8").split("\n").filter((l) => l.startsWith("#include"));
    return headerNames(main.arguments[0], args, includes.join("\n") + "\n");
}

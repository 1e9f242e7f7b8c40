/**
 * The C naming scheme (compiler/emit/names.ts) proven against real headers: no identifier
 * a header declares or defines can be a C name riotscript produces for a program's own
 * name. Checked on this machine's glibc and on newlib for Cortex-M0 and M4 (CI), and with
 * RIOTBASE on the headers of a set of RIOT boards, vendor headers included, with the flags
 * RIOT's make compiles them with.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { methodName, needsPrefix, PREFIX } from "../compiler/emit/names";
import { HeaderNames, headerNames, riotHeaderNames } from "./names/headers";
import { compilers, libraryWords } from "./names/generate";
import { cli, have } from "./helpers";
import CNAMES from "../compiler/emit/cnames.json";

/** Every way a header identifier could meet a name riotscript makes; empty if none can. */
function clashes(h: HeaderNames): string[] {
    const out: string[] = [];
    const typeSafe = (base: string) => !needsPrefix(base, "type");
    const check = (name: string, what: string) => {
        if (name.startsWith(PREFIX)) {
            out.push(`${name} (${what}) is in riotscript's prefix`);
        }
        const m = /^([A-Za-z][A-Za-z0-9]*)_([A-Za-z].*)$/.exec(name);
        if (m && typeSafe(m[1]) && methodName(m[1], m[2]) === name) {
            out.push(`${name} (${what}) is a method or enum member name`);
        }
        if (/_t$/.test(name) && typeSafe(name.slice(0, -2))) {
            out.push(`${name} (${what}) is a class or enum type`);
        }
    };
    for (const m of h.objectMacros) {
        // an object-like macro replaces the name wherever it is
        for (const kind of ["global", "function", "local", "field"] as const) {
            if (!needsPrefix(m, kind)) {
                out.push(`${m} (object-like macro) is kept as a ${kind}`);
            }
        }
        const len = /^(.+)_len$/.exec(m);
        if (len && !needsPrefix(len[1], "local")) {
            out.push(`${m} (object-like macro) is the length of a view parameter ${len[1]}`);
        }
        check(m, "object-like macro");
    }
    for (const m of h.functionMacros) {
        // a function-like macro replaces the names of calls: functions
        if (!needsPrefix(m, "function")) {
            out.push(`${m} (function-like macro) is kept as a function`);
        }
        check(m, "function-like macro");
    }
    for (const d of h.declared) {
        for (const kind of ["global", "function"] as const) {
            if (!needsPrefix(d, kind)) {
                out.push(`${d} (declared at file scope) is kept as a ${kind}`);
            }
        }
        check(d, "declared at file scope");
    }
    return [...new Set(out)].sort();
}

describe("C names cannot clash with the C library's headers", () => {
    for (const c of compilers(have)) {
        test(`${c.cc} ${c.args.join(" ")}: every header, one at a time`, () => {
            const found: string[] = [];
            let checked = 0;
            for (const h of c.headers) {
                const names = headerNames(c.cc, c.args, `#include <${h}>\n`);
                if ("error" in names) {
                    continue;
                }
                checked++;
                found.push(...clashes(names).map((x) => `<${h}>: ${x}`));
            }
            expect(checked).toBeGreaterThan(20);
            expect(found).toEqual([]);
        }, 120000);
    }

    test("cnames.json holds every single-word name of this machine's C libraries", () => {
        const listed = new Set(CNAMES.names);
        expect([...libraryWords(have)].filter((w) => !listed.has(w))).toEqual([]);
    }, 120000);

    if (!have("arm-none-eabi-gcc")) {
        test.skip("newlib (arm-none-eabi-gcc is not installed)", () => undefined);
    }
});

describe("the scheme keeps the names that are safe", () => {
    test.each([
        ["buf", "global", "buf"], ["queue", "global", "queue"], ["handler", "function", "handler"],
        ["sendReading", "function", "sendReading"], ["PORT", "global", "rs_PORT"], ["LINE_MAX", "global", "rs_LINE_MAX"],
        ["remove", "function", "rs_remove"], ["round", "function", "rs_round"], ["event_post", "function", "rs_event_post"],
        ["Port", "function", "rs_Port"], ["linux", "local", "rs_linux"], ["remote", "local", "remote"],
        ["count", "field", "count"], ["EOF", "field", "rs_EOF"], ["rs_x", "local", "rs_rs_x"], ["data_len", "local", "rs_data_len"],
        ["size", "type", "rs_size"], ["Point", "type", "Point"], ["SysTick", "type", "SysTick"],
    ] as const)("%s as a %s is %s", (name, kind, c) => {
        expect(needsPrefix(name, kind) ? `${PREFIX}${name}` : name).toBe(c);
    });

    test("a method or enum member spelled like CMSIS's (SysTick_Config, Reset_IRQn) is prefixed", () => {
        expect(methodName("Point", "add")).toBe("Point_add");
        expect(methodName("SysTick", "Config")).toBe("rs_SysTick_Config");
        expect(methodName("Reset", "IRQn")).toBe("rs_Reset_IRQn");
    });
});

/* With RIOT: the headers of real boards, with the flags RIOT's make uses for the program. */
const RIOTBASE = process.env.RIOTBASE;
const riot = RIOTBASE !== undefined && fs.existsSync(path.join(RIOTBASE, "Makefile.include"));
if (!riot) {
    process.stderr.write("test/names: RIOTBASE is not set to a RIOT checkout; skipping the boards' headers\n");
}
const BOARDS = ["native64", "nrf52840dk", "samr21-xpro", "iotlab-m3", "nucleo-f767zi", "same54-xpro", "frdm-kw41z", "openmote-b",
    "microbit"];
const EXAMPLES = ["udp-echo", "udp-telemetry", "tcp-echo", "tcp-client", "ip-raw", "dtls-echo"];

(riot ? describe : describe.skip)("C names cannot clash with the headers of RIOT's boards", () => {
    test.each(BOARDS)("%s: every macro and declaration of every example's headers", async (board) => {
        const found: string[] = [];
        for (const example of EXAMPLES) {
            if (board !== "native64" && !have("arm-none-eabi-gcc")) {
                continue;
            }
            const out = fs.mkdtempSync(path.join(os.tmpdir(), `rs-names-${board}-`));
            const r = await cli(["build", `examples/${example}/main.ts`, "--board", board, "--out", out, "--no-make"],
                { ...process.env, RIOTBASE });
            if (r.code !== 0) {
                throw new Error(`${board} ${example}: riotscript build failed: ${r.stderr}`);
            }
            const names = riotHeaderNames(out, board, RIOTBASE as string);
            if ("error" in names) {
                throw new Error(`${board} ${example}: ${names.error}`);
            }
            expect(names.objectMacros.size).toBeGreaterThan(500);
            found.push(...clashes(names).map((x) => `${example}: ${x}`));
            fs.rmSync(out, { recursive: true, force: true });
        }
        expect(found).toEqual([]);
    }, 600000);
});

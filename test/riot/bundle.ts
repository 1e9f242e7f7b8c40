/**
 * Many corpus programs in one RIOT firmware image, so that the whole corpus runs on the
 * emulated micro:bit without one 30-second RIOT build per program.
 *
 * Each program's generated C is compiled unchanged, with its `main` renamed (a wrapper file
 * defines `main` before including it; everything else in it is `static`). The image's own
 * `main` reads which program to run from the semihosting command line, so QEMU boots the
 * same image once per program: each starts from a fresh boot, and a program that faults
 * (core_panic, 70) ends only its own run.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CompileResult, VERSION } from "../../compiler/index";
import { Feature } from "../../compiler/ir/ir";
import { makeBoard } from "../../targets/boards";
import { EMULATOR_SUPPORT_C, EMULATOR_SUPPORT_FILE, riotMakefile } from "../../targets/riot/app";
import { BoardInfo } from "../../targets/riot/query";

export interface BundleProgram {
    readonly entry: string;
    readonly result: CompileResult;
}

/** RAM the programs of one image may take together, beside RIOT's own (16 KiB on the micro:bit). */
export const BUNDLE_RAM = 6000;
export const BUNDLE_MAX = 24;

/** Bytes of a program's module-level storage (its globals), from the C it declares. */
export function programRam(result: CompileResult): number {
    let bytes = 0;
    for (const g of result.module?.globals ?? []) {
        const size = (ty: typeof g.v.ty): number => ty.k === "array" ? ty.len * size(ty.elem) : ty.k === "int" ? ty.bits / 8
            : ty.k === "f64" ? 8 : ty.k === "struct" ? 64 : 4;
        bytes += g.v.isConst ? 0 : size(g.v.ty);
    }
    return bytes;
}

/** Groups programs into images that fit the board's RAM. */
export function groupPrograms(programs: readonly BundleProgram[]): BundleProgram[][] {
    const out: BundleProgram[][] = [];
    let current: BundleProgram[] = [];
    let ram = 0;
    for (const p of programs) {
        const r = programRam(p.result);
        if (current.length > 0 && (ram + r > BUNDLE_RAM || current.length >= BUNDLE_MAX)) {
            out.push(current);
            current = [];
            ram = 0;
        }
        current.push(p);
        ram += r;
    }
    if (current.length > 0) {
        out.push(current);
    }
    return out;
}

const DISPATCH = (n: number) => `/*
 * The bundle's main: runs the program the semihosting command line names ("bundle <index>").
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

${[...Array(n).keys()].map((i) => `int rs_bundle_main_${i}(void);`).join("\n")}

static int (*const _programs[])(void) = {
${[...Array(n).keys()].map((i) => `    rs_bundle_main_${i},`).join("\n")}
};

static int _cmdline_index(void)
{
    static char buf[64];
    struct { char *buf; uint32_t len; } block = { buf, sizeof(buf) - 1 };
    register uint32_t r0 __asm__("r0") = 0x15; /* SYS_GET_CMDLINE */
    register void *r1 __asm__("r1") = &block;
    __asm__ volatile ("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    if (r0 != 0) {
        return -1;
    }
    buf[block.len] = 0;
    char *last = buf;
    for (char *p = buf; *p; p++) {
        if (*p == ' ') {
            last = p + 1;
        }
    }
    return atoi(last);
}

int main(void)
{
    int i = _cmdline_index();
    if (i < 0 || i >= (int)(sizeof(_programs) / sizeof(_programs[0]))) {
        puts("bundle: no such program");
        return 99;
    }
    return _programs[i]();
}
`;

/** Writes one image's application folder. */
export function writeBundle(dir: string, name: string, programs: readonly BundleProgram[], info: BoardInfo, riotBase: string): void {
    fs.mkdirSync(dir, { recursive: true });
    const features = new Set<Feature>();
    programs.forEach((p, i) => {
        const [, c] = [...p.result.files][0];
        fs.writeFileSync(path.join(dir, `p${i}.inc`), c);
        fs.writeFileSync(path.join(dir, `p${i}.c`), `/* ${p.entry.replace(/\*\//g, "*\\/")} */\n`
            + `#define main rs_bundle_main_${i}\n#include "p${i}.inc"\n`);
        p.result.features.forEach((f) => features.add(f));
    });
    fs.writeFileSync(path.join(dir, "bundle.c"), DISPATCH(programs.length));
    fs.writeFileSync(path.join(dir, EMULATOR_SUPPORT_FILE), EMULATOR_SUPPORT_C);
    const stack = Math.max(...programs.map((p) => p.result.module?.stack?.bytes ?? 0));
    fs.writeFileSync(path.join(dir, "Makefile"), riotMakefile({
        application: name, board: makeBoard("microbit", undefined, info), stack: "gnrc", features: [...features],
        source: programs.map((p) => p.entry).join(", "), riotbase: riotBase, version: VERSION,
        emulated: { network: false }, callStack: { bytes: stack, chain: ["the deepest program's"] },
    }));
}

/**
 * The generated C on ARM without RIOT: every corpus program and every example compiles for
 * Cortex-M0 and Cortex-M4 with -Wall -Wextra -Werror against newlib and the host port's
 * headers (RIOT's API as declared there). This is where 32-bit `int` vs `long` and printf
 * formats (PRIu32 is "lu" with newlib) differ from the host; CI installs arm-none-eabi-gcc.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { hostBuild } from "../targets/host/build";
import { compileFile, have, ROOT } from "./helpers";
import { pool } from "./run/run-support";
import { newlibFlags } from "./names/generate";
import { deepestChain, stackEstimate } from "../compiler/lower/calls";

const CPUS = [["cortex-m0", ["-mcpu=cortex-m0", "-mthumb"]],
    ["cortex-m4", ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"]]] as const;
const corpus = fs.readdirSync(path.join(ROOT, "test", "run")).filter((f) => f.endsWith(".ts") && !f.startsWith("lib-")
    && f !== "run-support.ts").map((f) => `test/run/${f}`);
const examples = fs.readdirSync(path.join(ROOT, "examples")).filter((d) => fs.existsSync(path.join(ROOT, "examples", d, "main.ts")))
    .map((d) => `examples/${d}/main.ts`);
const programs = [...examples, ...corpus].sort();

function cc(args: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
        const child = spawn("arm-none-eabi-gcc", args, { stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
        child.on("close", (code) => resolve({ code, stderr }));
    });
}

const arm = have("arm-none-eabi-gcc");
if (!arm) {
    process.stderr.write("test/arm: arm-none-eabi-gcc is not installed (apt-get install gcc-arm-none-eabi "
        + "libnewlib-arm-none-eabi); skipping the ARM compile check\n");
}

(arm ? describe : describe.skip)("the generated C compiles for Cortex-M0 and M4 with newlib, warnings as errors", () => {
    const results = new Map<string, string>();
    /** Functions whose frame gcc makes larger than the compiler's estimate. */
    const frames: string[] = [];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-arm-"));

    beforeAll(async () => {
        const newlib = newlibFlags();
        expect(newlib.length).toBeGreaterThan(0);
        const jobs = programs.flatMap((p) => {
            const result = compileFile(p);
            if (!result.ok) {
                results.set(p, `did not compile: ${result.diagnostics.map((d) => d.message).join("; ")}`);
                return [];
            }
            const c = path.join(dir, p.replace(/[\/.]/g, "_") + ".c");
            fs.writeFileSync(c, [...result.files.values()][0]);
            const spec = hostBuild(result.features, false);
            const m = result.module!;
            const estimate = stackEstimate(m);
            const cName = new Map((result.symbols ?? []).map((x) => [x.ts, x.c]));
            return CPUS.map(([cpu, flags]) => async () => {
                // -Os as RIOT builds; -fstack-usage writes each function's frame next to the object
                const obj = c.replace(/\.c$/, `.${cpu}.o`);
                const r = await cc([...newlib, ...flags, "-std=c11", "-Wall", "-Wextra", "-Werror", "-Os", "-fstack-usage",
                    ...spec.defines.map((d) => `-D${d}`), `-I${path.join(ROOT, "targets", "host", "include")}`, "-c", c, "-o", obj]);
                if (r.code !== 0) {
                    results.set(p, `${results.get(p) ?? ""}${cpu}:\n${r.stderr}`);
                    return;
                }
                // the deepest chain with gcc's frames (an inlined function's frame is its caller's)
                const su = new Map([...fs.readFileSync(obj.replace(/\.o$/, ".su"), "utf8")
                    .matchAll(/:([A-Za-z_]\w*)\t(\d+)\t/g)].map((x) => [x[1], Number(x[2])]));
                const measured = deepestChain(m, new Map(m.funcs.map((f) => [f, su.get(f.isMain ? "main" : cName.get(f.name) ?? f.name) ?? 0])));
                if (measured.bytes > estimate.bytes) {
                    frames.push(`${p} ${cpu}: ${measured.chain.join(" > ")} takes ${measured.bytes} bytes with gcc's frames, `
                        + `estimated ${estimate.bytes}`);
                }
            });
        });
        await pool(jobs, Math.max(1, os.cpus().length));
    }, 600000);

    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test.each(programs)("%s", (p) => {
        expect(results.get(p) ?? "").toBe("");
    });

    test("the compiler's stack estimate (which sizes the main stack) holds the deepest chain of gcc's frames", () => {
        expect(frames).toEqual([]);
    });
});

/**
 * The differential corpus (test/run/*.ts): every program runs in Node and as C built with
 * -fsanitize=address,undefined, and the two must print the same bytes, exit with the same
 * status and stop on the same fault. The sanitizers must stay silent.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "./helpers";
import { buildC, Outcome, pool, runC, runNode, scratchDir } from "./run/run-support";

const DIR = path.join(ROOT, "test", "run");
const programs = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts") && !f.startsWith("lib-")
    && f !== "run-support.ts").sort();

describe("differential corpus: Node and sanitized C agree", () => {
    const outDir = scratchDir("riotscript-run-");
    const native = new Map<string, (Outcome & { stderr: string }) | Error>();

    beforeAll(async () => {
        const cores = Math.max(1, Math.min(4, os.cpus().length));
        await pool(programs.map((p) => async () => {
            try {
                native.set(p, await runC(buildC(path.join("test", "run", p), outDir)));
            } catch (e) {
                native.set(p, e as Error);
            }
        }), cores);
    }, 600000);

    afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

    test("the corpus has at least 80 programs", () => {
        expect(programs.length).toBeGreaterThanOrEqual(80);
    });

    test.each(programs)("%s", (p) => {
        const c = native.get(p);
        if (c instanceof Error) {
            throw c;
        }
        expect(c).toBeDefined();
        const node = runNode(path.join("test", "run", p));
        const cOut = c as Outcome & { stderr: string };
        expect(cOut.stderr).not.toMatch(/Sanitizer|runtime error/);
        expect(node.stdout.length).toBeGreaterThan(0);
        expect({ stdout: cOut.stdout, status: cOut.status, fault: cOut.fault })
            .toEqual({ stdout: node.stdout, status: node.status, fault: node.fault });
    });
});

/**
 * The differential corpus's third target: RIOT on the emulated micro:bit. Every corpus
 * program without a network prints the same bytes, exits with the same status and stops on
 * the same fault as it does in Node. Programs are bundled into a few firmware images (see
 * bundle.ts), one RIOT build each, and each program runs in a QEMU boot of its own. Runs
 * only with RIOTBASE, qemu-system-arm and arm-none-eabi-gcc; otherwise it says so and skips.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { makeBoard } from "../../targets/boards";
import { RiotBoard } from "../../targets/riot/board";
import { queryBoard } from "../../targets/riot/query";
import { findRiot, Riot } from "../../targets/riot/riotbase";
import { compileFile, have, ROOT } from "../helpers";
import { Outcome, pool, runNode, scratchDir } from "../run/run-support";
import { BundleProgram, groupPrograms, writeBundle } from "./bundle";

const RIOTBASE = process.env.RIOTBASE;
const why = RIOTBASE === undefined || !fs.existsSync(path.join(RIOTBASE, "Makefile.include")) ? "RIOTBASE is not set to a RIOT checkout"
    : !have("qemu-system-arm") || !have("arm-none-eabi-gcc") ? "qemu-system-arm or arm-none-eabi-gcc is missing" : null;
if (why !== null) {
    process.stderr.write(`test/riot/microbit-corpus: ${why}; skipping the corpus on the emulated micro:bit\n`);
}

const DIR = path.join(ROOT, "test", "run");
const all = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts") && !f.startsWith("lib-") && f !== "run-support.ts").sort();
const NETWORK = ["sock_udp", "sock_tcp", "sock_ip", "sock_dtls", "event", "sock_async_event"];

interface Run {
    readonly stdout: string;
    readonly status: number;
    readonly fault?: string;
    readonly error?: string;
}

/* which programs can run there is known from compiling them, before the tests are made */
const excluded = new Map<string, string>();
const programs: BundleProgram[] = [];
if (why === null) {
    for (const f of all) {
        const entry = `test/run/${f}`;
        const result = compileFile(entry);
        if (!result.ok) {
            excluded.set(f, "does not compile");
        } else if (result.features.some((x) => NETWORK.includes(x))) {
            excluded.set(f, "uses the network or the event loop; the examples' tests cover those on the board");
        } else {
            programs.push({ entry, result });
        }
    }
}

(why === null ? describe : describe.skip)("the corpus on the emulated micro:bit agrees with Node", () => {
    const runs = new Map<string, Run>();

    beforeAll(async () => {
        const riot = findRiot(RIOTBASE, process.env, ROOT) as Riot;
        const info = await queryBoard(riot, "microbit", process.env);
        if ("error" in info) {
            throw new Error(info.error);
        }
        const board = new RiotBoard(riot, makeBoard("microbit", undefined, info) as never, process.env,
            { out: () => undefined, err: () => undefined, tty: false });
        const bundles = groupPrograms(programs);
        const t0 = Date.now();
        const built = await pool(bundles.map((b, k) => async () => {
            const dir = scratchDir(`rs-mb-bundle-${k}-`);
            const name = `rs_corpus_${k}`;
            writeBundle(dir, name, b, info, riot.base);
            const app = { dir, application: name, board: "microbit", cFiles: [] as string[] };
            const r = await board.build(app);
            return { b, app, ok: r.status === 0, log: r.output };
        }), 1);
        process.stderr.write(`microbit corpus: ${programs.length} programs in ${bundles.length} images, built in `
            + `${Math.round((Date.now() - t0) / 1000)} s\n`);
        const t1 = Date.now();
        await pool(built.flatMap(({ b, app, ok, log }) => b.map((p, i) => async () => {
            if (!ok) {
                runs.set(p.entry, { stdout: "", status: -1, error: `the image did not build:\n${log.split("\n").slice(-15).join("\n")}` });
                return;
            }
            let stdout = "";
            const r = await board.emulate(app, { network: false, timeoutMs: 30000, args: ["bundle", String(i)] });
            if ("error" in r) {
                runs.set(p.entry, { stdout, status: -1, error: r.error });
            } else {
                stdout = r.stdout;
                runs.set(p.entry, { stdout, status: r.status, fault: r.fault });
            }
        })), 2);
        process.stderr.write(`microbit corpus: ran in ${Math.round((Date.now() - t1) / 1000)} s; not run there: `
            + `${[...excluded].map(([f, w]) => `${f} (${w})`).join(", ")}\n`);
    }, 1800000);

    test("most of the corpus runs there; what does not is the network's", () => {
        expect(programs.length).toBeGreaterThan(100);
        expect([...excluded.values()].filter((w) => !w.startsWith("uses the network"))).toEqual([]);
    });

    test.each(programs.map((p) => p.entry))("%s", (entry) => {
        const mb = runs.get(entry) as Run;
        expect(mb.error).toBeUndefined();
        const node: Outcome = runNode(entry);
        expect(mb.stdout).toBe(node.stdout);
        expect(mb.status).toBe(node.status);
        expect(mb.fault).toBe(node.fault);
    });
});

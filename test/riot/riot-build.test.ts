/**
 * Every example against a real RIOT checkout, for a set of boards from several vendors:
 * RIOT's make builds it (through `riotscript size`, which then reports its flash and RAM).
 * The set holds every board targets/boards/ marks verified, so a mark cannot outlive its
 * proof. Runs only when RIOTBASE points at a RIOT checkout; otherwise it says so and skips.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli, have, ROOT } from "../helpers";

const RIOTBASE = process.env.RIOTBASE;
const enabled = RIOTBASE !== undefined && fs.existsSync(path.join(RIOTBASE, "Makefile.include"));
if (!enabled) {
    process.stderr.write("test/riot: RIOTBASE is not set to a RIOT checkout; skipping the RIOT board builds\n");
}

/** native64 and ARM boards of Nordic, Microchip, ST, NXP and TI. */
const REQUIRED = ["native64", "nrf52840dk", "samr21-xpro", "iotlab-m3", "nucleo-f767zi", "same54-xpro", "frdm-kw41z",
    "openmote-b", "microbit"];
const dir = path.join(ROOT, "targets", "boards");
const verified = fs.readdirSync(dir).filter((f) => f.endsWith(".json"))
    .filter((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { verified?: { built?: boolean } }).verified?.built)
    .map((f) => f.slice(0, -5));
const boards = [...new Set([...REQUIRED, ...verified])].filter((b) => b === "native64" || have("arm-none-eabi-gcc"));

const EXAMPLES = ["udp-echo", "udp-telemetry", "tcp-echo", "tcp-client", "ip-raw", "dtls-echo"];
const cases = boards.flatMap((board) => EXAMPLES.map((example) => [example, board] as const));

interface SizeJson {
    text: number;
    data: number;
    bss: number;
    flash: { used: number; total?: number; percent?: number };
    ram: { used: number; total?: number; percent?: number };
    symbols: { c: string; bytes: number; ts?: { name: string; kind: string } }[];
}

(enabled ? describe : describe.skip)("RIOT builds every example for every board riotscript verifies", () => {
    const table: string[] = [];

    afterAll(() => {
        if (table.length > 0) {
            process.stderr.write(`\nboard           example         text   data    bss  flash  RAM\n${table.sort().join("\n")}\n`);
        }
    });

    test.each(cases)("examples/%s for %s: it builds, and size reports its share of the board", async (example, board) => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), `rs-riot-${board}-`));
        const r = await cli(["size", `examples/${example}/main.ts`, "--board", board, "--out", out, "--json"],
            { ...process.env, RIOTBASE });
        if (r.code !== 0) {
            throw new Error(`size exited ${r.code}:\n${r.stderr.split("\n").slice(-20).join("\n")}`);
        }
        const s = JSON.parse(r.stdout) as SizeJson;
        expect(s.text).toBeGreaterThan(1000);
        expect(s.flash.used).toBe(s.text + s.data);
        expect(s.ram.used).toBe(s.data + s.bss);
        if (board !== "native64") {
            expect(s.flash.total).toBeGreaterThan(s.flash.used);
            expect(s.ram.total).toBeGreaterThan(s.ram.used);
        }
        // the program's own symbols are named by their TypeScript declarations
        expect(s.symbols.find((x) => x.c === "main")?.ts).toMatchObject({ name: "main", kind: "function" });
        table.push(`${board.padEnd(15)} ${example.padEnd(14)} ${String(s.text).padStart(6)} ${String(s.data).padStart(6)} `
            + `${String(s.bss).padStart(6)} ${s.flash.percent ?? "-"}% ${s.ram.percent ?? "-"}%`);
        fs.rmSync(out, { recursive: true, force: true });
    }, 900000);

    test("the text report names functions and module objects", async () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "rs-size-"));
        const r = await cli(["size", "examples/udp-echo/main.ts", "--board", "nrf52840dk", "--out", out], { ...process.env, RIOTBASE });
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/flash \d+(\.\d)? KiB of 1024\.0 KiB \(\d+(\.\d)?%\)/);
        expect(r.stdout).toMatch(/RAM {3}\d+(\.\d)? KiB of 256\.0 KiB/);
        expect(r.stdout).toMatch(/128 {2}bss +object buf \(examples\/udp-echo\/main\.ts:\d+\)/);
        expect(r.stdout).toMatch(/\d+ {2}text +function handler \(examples\/udp-echo\/main\.ts:\d+\)/);
    }, 900000);
});

/** Corpus programs that exercise the language (not the network): RIOT must print what the host port prints. */
const LANGUAGE_PROGRAMS = ["test/run/a-crc.ts", "test/run/b-point-class.ts", "test/run/b-record64.ts",
    "test/run/b-fault-input-index.ts", "test/run/b-names-headers.ts"];

(enabled ? describe : describe.skip)("corpus programs on RIOT native64 print what the host build prints", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildC, runC, scratchDir } = require("../run/run-support") as typeof import("../run/run-support");
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
    test.each(LANGUAGE_PROGRAMS)("%s", async (entry) => {
        const out = scratchDir("rs-riot-lang-");
        const r = await cli(["build", entry, "--board", "native64", "--out", out], { ...process.env, RIOTBASE });
        expect(r.code).toBe(0);
        const elf = fs.readdirSync(path.join(out, "bin", "native64")).find((f) => f.endsWith(".elf")) as string;
        const riot = spawnSync(path.join(out, "bin", "native64", elf), [], { encoding: "utf8", timeout: 20000 });
        // RIOT prints its banner first; the program's output follows "This is RIOT!"
        const lines = riot.stdout.split("\n");
        const start = lines.findIndex((l) => l.includes("This is RIOT!"));
        const riotOut = lines.slice(start + 1).join("\n");
        const host = await runC(buildC(entry, scratchDir("rs-riot-host-"), []));
        if (host.fault) {
            // core_panic on RIOT prints the same message (and halts rather than exiting 70)
            expect(riot.stdout + riot.stderr).toContain(host.fault);
            expect(riotOut.startsWith(host.stdout)).toBe(true);
        } else {
            expect(riotOut.trimEnd()).toBe(host.stdout.trimEnd());
        }
    }, 900000);
});

/**
 * The generated application against a real RIOT checkout: RIOT's own make builds it for
 * native64 and for an ARM board. Runs only when RIOTBASE points at a RIOT checkout;
 * otherwise the suite is skipped and says so.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli, have } from "../helpers";
import { buildC, runC, scratchDir } from "../run/run-support";

const RIOTBASE = process.env.RIOTBASE;
const enabled = RIOTBASE !== undefined && fs.existsSync(path.join(RIOTBASE, "Makefile.include"));
if (!enabled) {
    process.stderr.write("test/riot: RIOTBASE is not set to a RIOT checkout; skipping the RIOT board builds\n");
}
const boards = ["native64", ...(have("arm-none-eabi-gcc") ? ["nrf52840dk"] : [])];

const EXAMPLES = [["udp-echo", "udp_echo"], ["udp-telemetry", "udp_telemetry"], ["tcp-echo", "tcp_echo"],
    ["tcp-client", "tcp_client"], ["ip-raw", "ip_raw"], ["dtls-echo", "dtls_echo"]] as const;
const cases = EXAMPLES.flatMap(([dir, app]) => boards.map((board) => [dir, app, board] as const));

(enabled ? describe : describe.skip)("RIOT builds of the examples", () => {
    test.each(cases)("examples/%s builds as %s for %s with RIOT's make", async (dir, app, board) => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), `rs-riot-${board}-`));
        const r = await cli(["build", `examples/${dir}/main.ts`, "--board", board, "--out", out],
            { ...process.env, RIOTBASE });
        expect(r.stderr).not.toContain("error:");
        expect(r.code).toBe(0);
        const elf = path.join(out, "bin", board, `${app}.elf`);
        expect(fs.existsSync(elf)).toBe(true);
        expect(r.stdout).toMatch(/text\s+data\s+bss/);
    }, 900000);
});

/** Corpus programs that exercise the language (not the network): RIOT must print what the host port prints. */
const LANGUAGE_PROGRAMS = ["test/run/a-crc.ts", "test/run/b-point-class.ts", "test/run/b-record64.ts",
    "test/run/b-fault-input-index.ts"];

(enabled ? describe : describe.skip)("corpus programs on RIOT native64 print what the host build prints", () => {
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

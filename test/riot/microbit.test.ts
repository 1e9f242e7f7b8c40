/**
 * The emulated micro:bit (RIOT's nRF51 build in QEMU): corpus programs print exactly what
 * the host build prints and exit the same way, and, as root, the udp-echo example echoes
 * over the emulated network. Runs only with RIOTBASE, qemu-system-arm and
 * arm-none-eabi-gcc; the network part needs root too. Otherwise it says so and skips.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { cli, have, ROOT } from "../helpers";
import { buildC, pool, runC, scratchDir } from "../run/run-support";

const RIOTBASE = process.env.RIOTBASE;
const why = RIOTBASE === undefined || !fs.existsSync(path.join(RIOTBASE, "Makefile.include")) ? "RIOTBASE is not set to a RIOT checkout"
    : !have("qemu-system-arm") || !have("arm-none-eabi-gcc") ? "qemu-system-arm or arm-none-eabi-gcc is missing" : null;
if (why !== null) {
    process.stderr.write(`test/riot/microbit: ${why}; skipping the emulated micro:bit\n`);
}
const root = process.getuid?.() === 0 && have("ip") && have("python3") && have("socat");
if (why === null && !root) {
    process.stderr.write("test/riot/microbit: the network needs root, ip, python3 and socat; skipping the udp-echo run\n");
}

/**
 * Language programs: integers, tables, classes, floats, faults, names that headers use, and
 * endpoints as text (RIOT's own ipv6_addr_to_str under GNRC; the corpus image leaves it out,
 * as it uses sock_util).
 */
const PROGRAMS = ["a-crc", "a-bool-funcs", "a-conversions", "a-floor-signs", "a-insertion-sort-i32", "a-signed-unsigned-cmp",
    "a-bounds-fault", "b-alias-elements", "b-crc16-table", "b-float-stats", "b-local-named-c-type", "b-routing-table",
    "b-tlv-parser", "b-names-headers", "c-endpoint-text"].map((p) => `test/run/${p}.ts`);

(why === null ? describe : describe.skip)("corpus programs on the emulated micro:bit print what the host build prints", () => {
    const results = new Map<string, { code: number; stdout: string; stderr: string }>();

    beforeAll(async () => {
        // builds in parallel; each run is QEMU for a fraction of a second
        await pool(PROGRAMS.map((p) => async () => {
            const out = scratchDir("rs-mb-");
            results.set(p, await cli(["run", p, "--board", "microbit", "--out", out, "--timeout", "30"], { ...process.env, RIOTBASE }));
            fs.rmSync(out, { recursive: true, force: true });
        }), 2);
    }, 1800000);

    test.each(PROGRAMS)("%s", async (p) => {
        const mb = results.get(p) as { code: number; stdout: string; stderr: string };
        const host = await runC(buildC(p, scratchDir("rs-mb-host-"), []));
        expect(mb.stdout).toBe(host.stdout);
        expect(mb.code).toBe(host.status);
        if (host.fault) {
            expect(mb.stderr).toContain(`*** RIOT kernel panic:\n${host.fault}\n`);
        } else {
            expect(mb.stderr).not.toContain("panic");
        }
    });
});

(why === null && root ? describe : describe.skip)("udp-echo on the emulated micro:bit's network", () => {
    test("50 of 50 datagrams come back byte for byte, an oversize one is dropped, Ctrl-C stops it", async () => {
        const netns = `rs-mb-${process.pid}`;
        const child = spawn(process.execPath, [path.join(ROOT, "compiler", "cli", "bin.js"), "run", "examples/udp-echo/main.ts",
            "--board", "microbit", "--netns", netns, "--out", scratchDir("rs-mb-net-")],
        { cwd: ROOT, env: { ...process.env, RIOTBASE }, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
        child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
        const closed = new Promise<number | null>((r) => child.on("close", r));
        try {
            const t0 = Date.now();
            while (!stderr.includes("reach it with") && Date.now() - t0 < 600000 && child.exitCode === null) {
                await new Promise((r) => setTimeout(r, 200));
            }
            expect(stderr).toContain(`the node is fd00:dead:beef::2 in network namespace ${netns}`);
            const r = spawnSync("ip", ["netns", "exec", netns, "python3", path.join(ROOT, "test", "riot", "live", "udp_echo50.py"),
                "fd00:dead:beef::2", "12345"], { encoding: "utf8", timeout: 120000 });
            const summary = JSON.parse(r.stdout) as Record<string, unknown>;
            process.stderr.write(`udp-echo on the emulated micro:bit: ${r.stdout}`);
            expect(summary).toMatchObject({ echoed: 50, wrong: 0, oversize_replied: false, after: "after" });
        } finally {
            child.kill("SIGINT");
        }
        expect(await closed).toBe(130);
        expect(stdout).toContain("Received a message");
        // riotscript made the namespace and removed it
        expect(spawnSync("ip", ["netns", "list"], { encoding: "utf8" }).stdout).not.toContain(netns);
    }, 900000);
});

(why === null && have("gdb-multiarch") ? describe : describe.skip)("debug on the emulated micro:bit", () => {
    test("gdb on QEMU's stub stops at a breakpoint on a .ts line", async () => {
        const dir = scratchDir("rs-mb-gdb-");
        const src = fs.readFileSync(path.join(ROOT, "test", "run", "a-crc.ts"), "utf8").split("\n");
        const line = src.findIndex((l) => l.includes("msg[i] = 0x31 + i;")) + 1;
        fs.writeFileSync(path.join(dir, "cmds.gdb"), `break a-crc.ts:${line}\ncontinue\ninfo line\n`);
        const r = await cli(["debug", "test/run/a-crc.ts", "--board", "microbit", "--emulate", "--batch", "--commands",
            path.join(dir, "cmds.gdb"), "--out", path.join(dir, "app")], { ...process.env, RIOTBASE });
        expect(r.stdout).toMatch(new RegExp(`Breakpoint 1, main \\(\\) at .*a-crc\\.ts:${line}`));
        expect(r.stdout).toMatch(new RegExp(`Line ${line} of ".*a-crc\\.ts"`));
    }, 600000);
});

/**
 * Boards, flash, term, size, debug and doctor as a user meets them without a RIOT
 * checkout: against the fixture RIOT tree in test/fixtures/riot (three boards, a build
 * that makes a fake ELF, and RIOT's openocd.sh calling $OPENOCD). The real flash and
 * builds are in test/riot/, with RIOTBASE.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../compiler/cli/main";
import { PassThrough } from "node:stream";
import { cli, have, ROOT } from "./helpers";

const FIXTURE = path.join(ROOT, "test", "fixtures", "riot");
const ENTRY = "examples/udp-echo/main.ts";
const withRiot = { RIOTBASE: FIXTURE };
const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), p));
const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at \S+ \(|internal error/);

/** A PATH with a fake `openocd` that records its arguments and RIOT's variables. */
function fakeOpenocd(): { path: string; calls: () => string } {
    const dir = tmp("rs-fakebin-");
    const log = path.join(dir, "calls.log");
    fs.writeFileSync(path.join(dir, "openocd"), `#!/bin/sh\necho "args: $*" >> ${log}\n`
        + `echo "vars: PROGRAMMER=$PROGRAMMER PORT=$PORT SERIAL=$SERIAL" >> ${log}\n`);
    fs.chmodSync(path.join(dir, "openocd"), 0o755);
    return { path: `${dir}:${process.env.PATH}`, calls: () => fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "" };
}

describe("riotscript boards", () => {
    test("without RIOTBASE: the known boards, and how to get all of them", async () => {
        const r = await cli(["boards"]);
        expect(r.code).toBe(0);
        for (const b of ["native64", "nrf52840dk", "samr21-xpro", "microbit"]) {
            expect(r.stdout).toMatch(new RegExp(`^. ${b} `, "m"));
        }
        expect(r.stdout).toContain("Point RIOTBASE at a RIOT checkout");
    });

    test("with RIOTBASE: every board RIOT's Makefiles define, with CPU and core", async () => {
        const r = await cli(["boards"], withRiot);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/fakeboard-m0\s+fake51822 \(cortex-m0\)/);
        expect(r.stdout).toMatch(/fakeboard-m4\s+fake52840 \(cortex-m4f\)/);
        expect(r.stdout).toContain("3 boards;");
        expect(r.stdout).toContain(`From RIOT at ${FIXTURE}`);
    });

    test("a filter keeps the matching boards; an exact name adds RIOT's details", async () => {
        const m0 = await cli(["boards", "m0"], withRiot);
        expect(m0.stdout).toContain("fakeboard-m0");
        expect(m0.stdout).not.toContain("fakeboard-m4");
        const one = await cli(["boards", "fakeboard-m4"], withRiot);
        expect(one.stdout).toContain("memory     1 MiB flash, 256 KiB RAM");
        expect(one.stdout).toContain("network    fake_radio (netdev_default)");
        expect(one.stdout).toContain("flash with openocd (also: jlink)");
        const none = await cli(["boards", "zzz"], withRiot);
        expect(none.code).toBe(2);
    });

    test("--json lists the boards as data", async () => {
        const r = await cli(["boards", "--json"], withRiot);
        const rows = JSON.parse(r.stdout) as { name: string; core: string; arch: string }[];
        expect(rows.map((x) => x.name)).toEqual(["fakeboard-m0", "fakeboard-m4", "fakenative"]);
        expect(rows.find((x) => x.name === "fakenative")?.arch).toBe("native");
        expect(rows.find((x) => x.name === "fakeboard-m0")?.core).toBe("cortex-m0");
    });

    test("an unknown board gets 'did you mean', with and without RIOT", async () => {
        const r = await cli(["build", ENTRY, "--board", "fakebord-m4", "--no-make"], withRiot);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("unknown board 'fakebord-m4'; did you mean 'fakeboard-m4'");
        noTrace(r.stderr);
        const offline = await cli(["build", ENTRY, "--board", "nrf52840", "--no-make"]);
        expect(offline.code).toBe(2);
        expect(offline.stderr).toContain("did you mean 'nrf52840dk'");
        expect(offline.stderr).toContain("Point RIOTBASE at a RIOT checkout");
    });

    test("RIOT's board aliases are accepted", async () => {
        const out = tmp("rs-alias-");
        const r = await cli(["build", ENTRY, "--board", "fake", "--out", out, "--no-make"], withRiot);
        expect(r.code).toBe(0);
        expect(fs.readFileSync(path.join(out, "Makefile"), "utf8")).toContain("BOARD ?= fakeboard-m4");
    });

    test("a RIOTBASE that is not a RIOT checkout is one sentence and exit 3", async () => {
        const r = await cli(["boards"], { RIOTBASE: tmp("rs-notriot-") });
        expect(r.code).toBe(3);
        expect(r.stderr).toContain("is not a RIOT checkout");
    });
});

describe("riotscript flash", () => {
    test("reaches RIOT's flasher with PROGRAMMER, PORT and SERIAL", async () => {
        const fake = fakeOpenocd();
        const out = tmp("rs-flash-");
        const r = await cli(["flash", ENTRY, "--board", "fakeboard-m4", "--out", out, "--port", "/dev/ttyFAKE0",
            "--serial", "000123"], { ...withRiot, PATH: fake.path });
        expect(r.stderr).toContain("flashed fakeboard-m4");
        expect(r.code).toBe(0);
        expect(fake.calls()).toBe(`args: flash ${path.join(out, "bin", "fakeboard-m4", "udp_echo.elf")}\n`
            + "vars: PROGRAMMER=openocd PORT=/dev/ttyFAKE0 SERIAL=000123\n");
    });

    test("OPENOCD, as RIOT's script reads it, counts as the tool", async () => {
        const fake = fakeOpenocd();
        const dir = fake.path.split(":")[0];
        fs.renameSync(path.join(dir, "openocd"), path.join(dir, "my-openocd"));
        const r = await cli(["flash", ENTRY, "--board", "fakeboard-m4", "--out", tmp("rs-flash-")],
            { ...withRiot, OPENOCD: path.join(dir, "my-openocd") });
        expect(r.code).toBe(0);
        expect(fake.calls()).toContain("args: flash ");
    });

    test("a missing programmer names the tool and its package, exits 3, and builds nothing", async () => {
        const out = path.join(tmp("rs-flash-"), "app");
        const r = await cli(["flash", ENTRY, "--board", "fakeboard-m4", "--out", out], { ...withRiot, PATH: "/usr/bin:/bin" });
        expect(r.code).toBe(3);
        expect(r.stderr).toContain("cannot flash fakeboard-m4: 'openocd' is not installed");
        expect(r.stderr).toContain("Install it: apt-get install openocd");
        noTrace(r.stderr);
        expect(fs.existsSync(out)).toBe(false);
        const py = await cli(["flash", ENTRY, "--board", "fakeboard-m0", "--out", out], { ...withRiot, PATH: "/usr/bin:/bin" });
        expect(py.code).toBe(3);
        expect(py.stderr).toContain("'pyocd' is not installed");
        expect(py.stderr).toContain("pip install pyocd");
    });

    test("a programmer the board does not support is bad usage", async () => {
        const r = await cli(["flash", ENTRY, "--board", "fakeboard-m4", "--programmer", "edbg"], withRiot);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("fakeboard-m4 is not flashed with 'edbg'; RIOT supports openocd, jlink for it");
    });

    test("a native board is not flashed", async () => {
        const r = await cli(["flash", ENTRY, "--board", "fakenative"], withRiot);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("runs on this machine and is not flashed");
    });

    test("without RIOTBASE: exit 3 and how to get RIOT", async () => {
        const r = await cli(["flash", ENTRY, "--board", "nrf52840dk"]);
        expect(r.code).toBe(3);
        expect(r.stderr).toContain("RIOTBASE is not set; flash needs RIOT's make");
    });

    test("a failed build shows the first compiler error, and exits 4", async () => {
        const fake = fakeOpenocd();
        const r = await cli(["flash", ENTRY, "--board", "fakeboard-m4", "--out", tmp("rs-fail-")],
            { ...withRiot, PATH: fake.path, FIXTURE_FAIL: "main.c:12:5" });
        expect(r.code).toBe(4);
        expect(r.stderr).toContain("RIOT's make failed for fakeboard-m4");
        expect(r.stderr).toMatch(/main\.c:12:5: error: conflicting types for 'x'/);
        expect(fake.calls()).toBe("");
    });

    test("Ctrl-C during the build stops make and exits 130", async () => {
        const fake = fakeOpenocd();
        const child = spawn(process.execPath, [path.join(ROOT, "compiler", "cli", "bin.js"), "flash", ENTRY, "--board",
            "fakeboard-m4", "--out", tmp("rs-int-")], { cwd: ROOT, env: { ...process.env, ...withRiot, PATH: fake.path,
            FIXTURE_SLOW: "1" }, stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
        const t0 = Date.now();
        while (!stderr.includes("building udp_echo") && Date.now() - t0 < 20000) {
            await new Promise((r) => setTimeout(r, 50));
        }
        await new Promise((r) => setTimeout(r, 500));
        child.kill("SIGINT");
        const code = await new Promise((r) => child.on("close", r));
        expect(code).toBe(130);
        expect(stderr).toContain("interrupted");
        expect(Date.now() - t0).toBeLessThan(20000);
        expect(fake.calls()).toBe("");
        noTrace(stderr);
    }, 30000);
});

describe("riotscript term", () => {
    test("no entry file, a named port that does not exist, and several ports to choose from", async () => {
        expect((await cli(["term", ENTRY, "--board", "fakeboard-m4"], withRiot)).code).toBe(2);
        const missing = await cli(["term", "--board", "fakeboard-m4", "--port", "/dev/ttyNOPE9"], withRiot);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain("no serial port /dev/ttyNOPE9");
        const dev = tmp("rs-dev-");
        fs.writeFileSync(path.join(dev, "ttyACM0"), "");
        fs.writeFileSync(path.join(dev, "ttyUSB1"), "");
        fs.writeFileSync(path.join(dev, "tty5"), "");
        const several = await cli(["term", "--board", "fakeboard-m4"], { ...withRiot, RIOTSCRIPT_DEV_DIR: dev });
        expect(several.code).toBe(2);
        expect(several.stderr).toContain("several serial ports; choose one with --port:");
        expect(several.stderr).toContain(path.join(dev, "ttyACM0"));
        expect(several.stderr).toContain(path.join(dev, "ttyUSB1"));
        expect(several.stderr).not.toContain("tty5");
        const none = await cli(["term", "--board", "fakeboard-m4"], { ...withRiot, RIOTSCRIPT_DEV_DIR: tmp("rs-dev-") });
        expect(none.code).toBe(2);
        expect(none.stderr).toContain("no serial port found (RIOT's default for fakeboard-m4 is /dev/ttyACM0)");
    });

    (have("socat") ? test : test.skip)("riotscript's own terminal talks to a serial port both ways (a pty pair)", async () => {
        const dir = tmp("rs-pty-");
        const a = path.join(dir, "a");
        const b = path.join(dir, "b");
        const socat = spawn("socat", [`pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: "ignore" });
        try {
            for (let i = 0; i < 100 && !(fs.existsSync(a) && fs.existsSync(b)); i++) {
                await new Promise((r) => setTimeout(r, 50));
            }
            const stdin = new PassThrough();
            let stdout = "";
            let stderr = "";
            const board = fs.openSync(b, "r+");
            const running = main(["term", "--board", "fakeboard-m4", "--port", a], {
                stdout: (t: string) => { stdout += t; }, stderr: (t: string) => { stderr += t; }, cwd: ROOT,
                env: { PATH: process.env.PATH, ...withRiot }, color: false, stdin,
            });
            for (let i = 0; i < 100 && !stderr.includes("connected to"); i++) {
                await new Promise((r) => setTimeout(r, 50));
            }
            expect(stderr).toContain(`connected to ${a} at 115200 baud`);
            fs.writeSync(board, "> hello from the board\n");
            stdin.write("help\n");
            await new Promise((r) => setTimeout(r, 300));
            const got = Buffer.alloc(64);
            const n = fs.readSync(board, got, 0, 64, null);
            expect(got.subarray(0, n).toString()).toBe("help\n");
            for (let i = 0; i < 40 && !stdout.includes("hello"); i++) {
                await new Promise((r) => setTimeout(r, 50));
            }
            expect(stdout).toBe("> hello from the board\n");
            stdin.end();
            expect(await running).toBe(0);
            fs.closeSync(board);
        } finally {
            socat.kill();
        }
    }, 20000);
});

describe("riotscript doctor", () => {
    test("with nothing installed: every missing part, what it is for and how to get it; exit 3", async () => {
        const empty = tmp("rs-empty-");
        const r = await cli(["doctor"], { PATH: empty });
        expect(r.code).toBe(3);
        expect(r.stdout).toMatch(/^ok {3}node/m);
        expect(r.stdout).toMatch(/^FAIL cc\s+not found\n\s+needed for riotscript run and the tests \(the host port\); apt-get install gcc/m);
        expect(r.stdout).toMatch(/^-- {3}arm-none-eabi-gcc\s+not found\n\s+needed for ARM \(Cortex-M\) boards; apt-get install gcc-arm-none-eabi/m);
        expect(r.stdout).toMatch(/^-- {3}qemu-system-arm\s+not found\n\s+needed for the emulated micro:bit/m);
        expect(r.stdout).toMatch(/^-- {3}openocd\s+not found/m);
        expect(r.stdout).toMatch(/^-- {3}pyserial\s+python3 not found/m);
        expect(r.stdout).toMatch(/^-- {3}RIOTBASE\s+not set/m);
        noTrace(r.stdout + r.stderr);
    });

    test("--json, with RIOTBASE: its commit and its packages", async () => {
        const r = await cli(["doctor", "--json"], withRiot);
        const { checks } = JSON.parse(r.stdout) as { checks: { name: string; ok: boolean; detail: string }[] };
        const byName = new Map(checks.map((c) => [c.name, c]));
        expect(byName.get("node")?.ok).toBe(true);
        expect(byName.get("RIOTBASE")?.detail).toContain(FIXTURE);
        expect(byName.get("make")?.ok).toBe(have("make"));
        expect(byName.get("cc")?.ok).toBe(true);
    });
});

describe("size and debug", () => {
    test("size needs RIOT; without it, exit 3", async () => {
        const r = await cli(["size", ENTRY, "--board", "nrf52840dk"]);
        expect(r.code).toBe(3);
        expect(r.stderr).toContain("size needs RIOT's make");
    });

    test("run --board for a board riotscript cannot emulate says what to do instead", async () => {
        const r = await cli(["run", ENTRY, "--board", "fakeboard-m4"], withRiot);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("fakeboard-m4 cannot be emulated");
        expect(r.stderr).toContain("riotscript flash examples/udp-echo/main.ts --board fakeboard-m4 --monitor");
    });

    (have("gdb") ? test : test.skip)("debug on the host: a breakpoint on a .ts line stops there", async () => {
        const dir = tmp("rs-gdb-");
        const cmds = path.join(dir, "cmds.gdb");
        const src = fs.readFileSync(path.join(ROOT, ENTRY), "utf8").split("\n");
        const line = src.findIndex((l) => l.includes("UdpEndpoint.ipv6Any(")) + 1;
        fs.writeFileSync(cmds, `break main.ts:${line}\nrun\ninfo line\nkill\nquit\n`);
        // it stops before the program binds its port (the line of the endpoint), and is killed there
        const r = await cli(["debug", ENTRY, "--batch", "--commands", cmds]);
        expect(r.stdout + r.stderr).toMatch(new RegExp(`Breakpoint 1 at 0x[0-9a-f]+: file .*main\\.ts, line ${line}\\.`));
        expect(r.stdout).toMatch(new RegExp(`Breakpoint 1, main \\(\\) at .*main\\.ts:${line}`));
    });
});

test.each(["flash", "term", "size", "debug", "doctor", "boards"])("%s --help explains the command", async (cmd) => {
    const r = await cli([cmd, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: riotscript ${cmd}`);
});

test("a mistyped command gets a suggestion", async () => {
    const r = await cli(["flsh"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'flsh'; did you mean 'flash'?");
});

test("the fixture tree is no git checkout of its own, so nothing of it is cached", () => {
    const r = spawnSync("git", ["-C", FIXTURE, "rev-parse", "--show-toplevel"], { encoding: "utf8" });
    expect(fs.realpathSync(r.stdout.trim())).not.toBe(fs.realpathSync(FIXTURE));
});

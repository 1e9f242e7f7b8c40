/**
 * Flashing through RIOT's real make and scripts (nrf52840dk, openocd): without the tool,
 * riotscript's own message and exit 3 before any build; with a stand-in `openocd` that fails
 * as the real one does without a board, RIOT's openocd.sh reaches it with the image, and
 * riotscript reports the programmer's failure (exit 4). Runs only with RIOTBASE and
 * arm-none-eabi-gcc; otherwise it says so and skips.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli, have } from "../helpers";

const RIOTBASE = process.env.RIOTBASE;
const enabled = RIOTBASE !== undefined && fs.existsSync(path.join(RIOTBASE, "Makefile.include")) && have("arm-none-eabi-gcc");
if (!enabled) {
    process.stderr.write("test/riot/flash: RIOTBASE or arm-none-eabi-gcc is missing; skipping the flash path on RIOT\n");
}

(enabled ? describe : describe.skip)("riotscript flash on RIOT (nrf52840dk)", () => {
    const withoutOpenocd = (process.env.PATH ?? "").split(":").filter((d) => !fs.existsSync(path.join(d, "openocd"))).join(":");

    test("no openocd: the tool, how to get it, exit 3, and no build", async () => {
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rs-flash-")), "app");
        const r = await cli(["flash", "examples/udp-echo/main.ts", "--board", "nrf52840dk", "--out", out],
            { ...process.env, RIOTBASE, PATH: withoutOpenocd });
        expect(r.code).toBe(3);
        expect(r.stderr).toContain("cannot flash nrf52840dk: 'openocd' is not installed");
        expect(r.stderr).toContain("Install it: apt-get install openocd");
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(fs.existsSync(out)).toBe(false);
    });

    test("RIOT's openocd.sh reaches the programmer with the image; its failure is reported", async () => {
        const bin = fs.mkdtempSync(path.join(os.tmpdir(), "rs-openocd-"));
        const log = path.join(bin, "calls.log");
        fs.writeFileSync(path.join(bin, "openocd"), `#!/bin/sh\necho "$*" >> ${log}\n`
            + "echo 'Error: unable to find a matching CMSIS-DAP device' >&2\nexit 1\n");
        fs.chmodSync(path.join(bin, "openocd"), 0o755);
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "rs-flash-"));
        const r = await cli(["flash", "examples/udp-echo/main.ts", "--board", "nrf52840dk", "--out", out],
            { ...process.env, RIOTBASE, PATH: `${bin}:${withoutOpenocd}` });
        expect(r.code).toBe(4);
        expect(r.stderr).toContain("flashing udp_echo.elf to nrf52840dk with openocd");
        expect(r.stderr).toContain("unable to find a matching CMSIS-DAP device");
        expect(r.stderr).toContain("riotscript flash: the programmer failed");
        const calls = fs.readFileSync(log, "utf8");
        expect(calls).toContain(path.join(out, "bin", "nrf52840dk", "udp_echo"));
    }, 900000);
});

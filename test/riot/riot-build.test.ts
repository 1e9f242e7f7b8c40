/**
 * The generated application against a real RIOT checkout: RIOT's own make builds it for
 * native64 and for an ARM board. Runs only when RIOTBASE points at a RIOT checkout;
 * otherwise the suite is skipped and says so.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli, have } from "../helpers";

const RIOTBASE = process.env.RIOTBASE;
const enabled = RIOTBASE !== undefined && fs.existsSync(path.join(RIOTBASE, "Makefile.include"));
if (!enabled) {
    process.stderr.write("test/riot: RIOTBASE is not set to a RIOT checkout; skipping the RIOT board builds\n");
}
const boards = ["native64", ...(have("arm-none-eabi-gcc") ? ["nrf52840dk"] : [])];

(enabled ? describe : describe.skip)("RIOT builds of examples/udp-echo", () => {
    test.each(boards)("builds for %s with RIOT's make", async (board) => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), `rs-riot-${board}-`));
        const r = await cli(["build", "examples/udp-echo/main.ts", "--board", board, "--out", out],
            { ...process.env, RIOTBASE });
        expect(r.stderr).not.toContain("error:");
        expect(r.code).toBe(0);
        const elf = path.join(out, "bin", board, "udp_echo.elf");
        expect(fs.existsSync(elf)).toBe(true);
        expect(r.stdout).toMatch(/text\s+data\s+bss/);
    }, 900000);
});

/**
 * The command line as a user meets it: help, version, exit codes, and one-line causes
 * for bad input, never a stack trace.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli, ROOT } from "./helpers";

const ENTRY = "examples/udp-echo/main.ts";

describe("riotscript CLI", () => {
    test("--version", async () => {
        const r = await cli(["--version"]);
        expect(r).toEqual({ code: 0, stdout: "0.1.0\n", stderr: "" });
    });

    test.each(["check", "build", "run", "boards", "init"])("%s --help explains the command", async (cmd) => {
        const r = await cli([cmd, "--help"]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`Usage: riotscript ${cmd}`);
    });

    test("no command prints usage and exits 2", async () => {
        const r = await cli([]);
        expect(r.code).toBe(2);
        expect(r.stdout).toContain("Commands:");
    });

    test("unknown command and unknown option exit 2", async () => {
        expect((await cli(["frobnicate"])).code).toBe(2);
        const r = await cli(["check", "--frob", ENTRY]);
        expect(r.code).toBe(0); // boolean flags are accepted and ignored by check
        const bad = await cli(["check", "-x", ENTRY]);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain("unknown option '-x'");
    });

    test("check passes on the example and reports the bounds checks it proved away", async () => {
        const r = await cli(["check", ENTRY]);
        expect(r).toMatchObject({ code: 0, stderr: "" });
        expect(r.stdout).toContain("bounds checks: 1 proven unnecessary, 0 kept");
    });

    test("a missing file is one line and exit 1", async () => {
        const r = await cli(["check", "nope/missing.ts"]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/^error RS5001: Cannot find the file 'nope\/missing.ts'\./);
        expect(r.stderr).not.toMatch(/\n\s+at /);
    });

    test("TypeScript that does not parse gets every tsc-style error", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-cli-"));
        fs.writeFileSync(path.join(dir, "broken.ts"), "export function main(): number {\n  const x = ;\n  let y: string = 1;\n");
        const r = await cli(["check", "broken.ts", "--pretty", "false"], {}, dir);
        expect(r.code).toBe(1);
        const lines = r.stderr.trim().split("\n");
        expect(lines.length).toBeGreaterThanOrEqual(2);
        for (const l of lines) {
            expect(l).toMatch(/^broken\.ts:\d+:\d+ - error TS\d+: /);
        }
    });

    test("pretty output has a code frame and a hint", async () => {
        const r = await cli(["check", "test/errors/var.ts"]);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain("test/errors/var.ts:2:1 - error RS1001: 'var' declarations are not supported.");
        expect(r.stderr).toContain("2 var count = 0;");
        expect(r.stderr).toContain("~~~");
        expect(r.stderr).toContain("hint: Use 'let'");
        expect(r.stderr).toContain("Found 1 error in test/errors/var.ts:2");
    });

    test("no C compiler: one-line cause and exit 3", async () => {
        const r = await cli(["run", ENTRY, "--cc", "/nonexistent/cc"]);
        expect(r.code).toBe(3);
        expect(r.stderr).toContain("no C compiler: '/nonexistent/cc' was not found");
    });

    test("build needs --board and knows the boards", async () => {
        expect((await cli(["build", ENTRY])).code).toBe(2);
        const r = await cli(["build", ENTRY, "--board", "nosuchboard"]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("nrf52840dk");
    });

    test("build without RIOTBASE writes the app, explains, and exits 3", async () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "rs-app-"));
        const r = await cli(["build", ENTRY, "--board", "nrf52840dk", "--out", out]);
        expect(r.code).toBe(3);
        expect(r.stderr).toContain("RIOTBASE is not set");
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(fs.readFileSync(path.join(out, "Makefile"), "utf8")).toContain("BOARD ?= nrf52840dk");
        expect(fs.existsSync(path.join(out, "main.c"))).toBe(true);
    });

    test("boards lists the networking boards", async () => {
        const r = await cli(["boards"]);
        expect(r.code).toBe(0);
        for (const b of ["native64", "nrf52840dk", "samr21-xpro", "esp32-wroom-32"]) {
            expect(r.stdout).toContain(b);
        }
    });

    test("the bin script runs the built CLI", () => {
        const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
        const r = spawnSync(process.execPath, [path.join(ROOT, "compiler", "cli", "bin.js"), "--version"],
            { encoding: "utf8" });
        expect(r.stdout).toBe("0.1.0\n");
    });
});

describe("build for a board's network stack", () => {
    const v4 = `import { EventQueue, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const sock = new UdpSock();
export function main(): number {
    const local = UdpEndpoint.ipv4Any(5000);
    return sock.create(local, null, SockFlags.NONE) < 0 ? 1 : 0;
}
`;

    test("IPv4 on GNRC is a diagnostic at its line, before any make", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-stack-"));
        fs.writeFileSync(path.join(dir, "v4.ts"), v4);
        const r = await cli(["build", "v4.ts", "--board", "native64", "--no-make", "--pretty", "false"], {}, dir);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain("v4.ts:4:19 - error RS3010: IPv4 is not available with GNRC, the network stack "
            + "riotscript builds for board native64.");
        expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
    });

    test("with --stack lwip the same program gets lwIP's IPv4", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-stack-"));
        fs.writeFileSync(path.join(dir, "v4.ts"), v4);
        const r = await cli(["build", "v4.ts", "--board", "native64", "--stack", "lwip", "--no-make"], {}, dir);
        expect(r.code).toBe(0);
        expect(fs.readFileSync(path.join(dir, "out", "v4-native64", "Makefile"), "utf8")).toContain("USEMODULE += lwip_ipv4");
    });
});

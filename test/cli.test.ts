/**
 * The command line as a user meets it: help, version, exit codes, and one-line causes
 * for bad input, never a stack trace.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { buildHost } from "../compiler/cli/main";
import { parseArgs, Parsed } from "../compiler/cli/args";
import { cli, ROOT } from "./helpers";
import { colorWanted } from "../compiler/cli/common";

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
        expect(r).toMatchObject({ code: 2, stdout: "" });
        expect(r.stderr).toContain("riotscript check: unknown option '--frob'");
        const typo = await cli(["build", ENTRY, "--bord", "nrf52840dk"]);
        expect(typo.code).toBe(2);
        expect(typo.stderr).toContain("unknown option '--bord'; did you mean '--board'?");
        expect((await cli(["run", ENTRY, "--prety", "false"])).stderr).toContain("did you mean '--pretty'?");
        const bad = await cli(["check", "-x", ENTRY]);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain("unknown option '-x'");
    });

    test("colour: FORCE_COLOR turns it on (but 0), NO_COLOR off (when not empty), else the terminal decides", () => {
        expect(colorWanted({}, true)).toBe(true);
        expect(colorWanted({}, false)).toBe(false);
        expect(colorWanted({ FORCE_COLOR: "1" }, false)).toBe(true);
        expect(colorWanted({ FORCE_COLOR: "" }, false)).toBe(true);
        expect(colorWanted({ FORCE_COLOR: "0" }, true)).toBe(false);
        expect(colorWanted({ NO_COLOR: "1" }, true)).toBe(false);
        expect(colorWanted({ NO_COLOR: "" }, true)).toBe(true);
        expect(colorWanted({ NO_COLOR: "1", FORCE_COLOR: "1" }, false)).toBe(true);
        // end to end, through a pipe: FORCE_COLOR colours the diagnostics, NO_COLOR does not
        const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rs-color-")), "bad.ts");
        fs.writeFileSync(bad, "export function main(): number {\n    var x = 1;\n    return x;\n}\n");
        const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [path.join(ROOT, "compiler", "cli", "bin.js"), "check", bad],
            { encoding: "utf8", env: { PATH: process.env.PATH, ...env } });
        const forced = run({ FORCE_COLOR: "1" });
        expect(forced.status).toBe(1);
        expect(forced.stderr).toContain("\x1b[");
        expect(run({ NO_COLOR: "1" }).stderr).not.toContain("\x1b[");
    });

    test("check --json: the diagnostics as JSON on stdout, with their codes and places", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-json-"));
        fs.writeFileSync(path.join(dir, "bad.ts"), "export function main(): number {\n    var x = 1;\n    return x;\n}\n");
        const r = await cli(["check", "bad.ts", "--json"], {}, dir);
        expect(r.code).toBe(1);
        expect(r.stderr).toBe("");
        const j = JSON.parse(r.stdout);
        expect(j).toMatchObject({ entry: "bad.ts", ok: false });
        expect(j.diagnostics[0]).toMatchObject({ code: expect.stringMatching(/^RS\d{4}$/), file: "bad.ts", line: 2, col: 5 });
        expect(j.diagnostics[0].hint).toEqual(expect.any(String));
        const good = JSON.parse((await cli(["check", ENTRY, "--json"])).stdout);
        expect(good).toEqual({ entry: ENTRY, ok: true, diagnostics: [], boundsChecks: { removed: 1, kept: 0 } });
    });

    test("build --json: stdout is the JSON alone, naming what was written", async () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "rs-bjson-"));
        try {
            const r = await cli(["build", ENTRY, "--board", "native64", "--no-make", "--json", "--out", out]);
            expect(r.code).toBe(0);
            const j = JSON.parse(r.stdout);
            expect(j).toMatchObject({ entry: ENTRY, ok: true, exitCode: 0, application: "udp_echo", board: "native64",
                stack: "gnrc", files: ["main.c", "Makefile"], built: false });
            expect(path.resolve(ROOT, j.dir)).toBe(out);
            expect(fs.existsSync(path.join(out, "Makefile"))).toBe(true);
            expect(r.stderr).toContain("wrote"); // the human line, out of the JSON's way
            const bad = await cli(["build", ENTRY, "--board", "native64", "--no-make", "--json", "--stack", "zigbee"]);
            expect(bad.code).toBe(2);
            expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, exitCode: 2 });
        } finally {
            fs.rmSync(out, { recursive: true, force: true });
        }
    });

    test("a C compiler that does not work is a missing tool (exit 3), not a bug report", async () => {
        const r = await cli(["run", ENTRY, "--cc", "false"]);
        expect(r.code).toBe(3);
        expect(r.stderr).toContain("the C compiler 'false' does not work ('false --version' exited 1)");
        expect(r.stderr).not.toContain("bug");
        const none = await cli(["run", ENTRY, "--cc", "no-such-cc-here"]);
        expect(none.code).toBe(3);
        expect(none.stderr).toContain("'no-such-cc-here' was not found");
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

    const makefileOf = async (entry: string, extra: string[] = []): Promise<{ code: number; stderr: string; text: string }> => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-stack-"));
        const r = await cli(["build", path.join(ROOT, entry), "--board", "native64", "--no-make", "--out", dir,
            "--pretty", "false", ...extra], {}, ROOT);
        const mk = path.join(dir, "Makefile");
        return { code: r.code, stderr: r.stderr, text: fs.existsSync(mk) ? fs.readFileSync(mk, "utf8") : "" };
    };

    test("TCP with events switches the board's GNRC to lwIP, and says so", async () => {
        const r = await makefileOf("examples/tcp-echo/main.ts");
        expect(r.code).toBe(0);
        expect(r.stderr).toContain("note: TCP events need lwIP");
        expect(r.text).toContain("# Network stack: lwIP");
        expect(r.text).toContain("USEMODULE += lwip_ipv6");
        expect(r.text).toContain("USEMODULE += sock_tcp");
        expect(r.text).not.toContain("gnrc");
    });

    test("TCP events with --stack gnrc are a diagnostic at the eventInit line", async () => {
        const r = await makefileOf("examples/tcp-echo/main.ts", ["--stack", "gnrc"]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/main\.ts:\d+:\d+ - error RS3010: TCP with events \(eventInit on a TcpSock or TcpQueue\) is not available with GNRC/);
    });

    test("DTLS gets tinydtls, sock_dtls and prng_sha1prng, and a main stack that holds a handshake", async () => {
        const r = await makefileOf("examples/dtls-echo/main.ts");
        expect(r.code).toBe(0);
        for (const line of ["USEPKG += tinydtls", "USEMODULE += sock_dtls", "USEMODULE += prng_sha1prng",
            "CFLAGS += -DTHREAD_STACKSIZE_MAIN=\\(2*THREAD_STACKSIZE_LARGE\\)"]) {
            expect(r.text).toContain(line);
        }
        expect(r.text).not.toContain("CONFIG_CREDMAN_MAX_CREDENTIALS"); // one credential: the default pool of 2 holds it
    });

    test("credman's pool grows to the credentials a program adds", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-cred-"));
        fs.writeFileSync(path.join(dir, "c.ts"), `import { credmanAddPsk } from "riotscript";
export function main(): number {
    if (credmanAddPsk(1, "k1", "a") < 0 || credmanAddPsk(2, "k2", "b") < 0 || credmanAddPsk(3, "k3", "c") < 0) {
        return 1;
    }
    return 0;
}
`);
        const r = await cli(["build", "c.ts", "--board", "native64", "--no-make"], {}, dir);
        expect(r.code).toBe(0);
        expect(fs.readFileSync(path.join(dir, "out", "c-native64", "Makefile"), "utf8"))
            .toContain("CFLAGS += -DCONFIG_CREDMAN_MAX_CREDENTIALS=3");
    });

    test("tinydtls's record buffer grows to the largest send (171 bytes fit the default), and 2 peers are asked for", async () => {
        const echo = await makefileOf("examples/dtls-echo/main.ts");
        expect(echo.text).not.toContain("DTLS_MAX_BUF"); // 160 + 13 header + 8 nonce + 8 tag fit 200
        expect(echo.text).toContain("CFLAGS += -DCONFIG_DTLS_PEER_MAX=2 -DCONFIG_DTLS_HANDSHAKE_MAX=2");
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-dtlsbuf-"));
        const program = (n: number) => `import { DtlsSession, DtlsSock } from "riotscript";
const dtls = new DtlsSock();
const session = new DtlsSession();
const small = new Uint8Array(${n});
export function main(): number {
    return dtls.send(session, small, small.length, 0) < 0 ? 1 : 0;
}
`;
        for (const [n, want] of [[171, undefined], [172, "DTLS_MAX_BUF = 201"]] as const) {
            fs.writeFileSync(path.join(dir, "d.ts"), program(n));
            const r = await cli(["build", "d.ts", "--board", "native64", "--no-make"], {}, dir);
            expect(r.code).toBe(0);
            const text = fs.readFileSync(path.join(dir, "out", "d-native64", "Makefile"), "utf8");
            if (want === undefined) {
                expect(text).not.toContain("DTLS_MAX_BUF");
            } else {
                expect(text).toContain(want);
            }
        }
    });

    test("endpoint parsing brings sock_util, and sock_udp whose types sock_util needs", async () => {
        const r = await makefileOf("examples/tcp-client/main.ts");
        expect(r.text).toContain("USEMODULE += sock_util");
        expect(r.text).toContain("USEMODULE += sock_udp");
    });

    test("raw IP gets sock_ip on GNRC", async () => {
        const r = await makefileOf("examples/ip-raw/main.ts");
        expect(r.text).toContain("USEMODULE += sock_ip");
        expect(r.text).toContain("USEMODULE += gnrc_ipv6_default");
    });
});

test("an entry under folders named with */, \" and \\ compiles, with safe comments and #line directives", async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "rs-path-"));
    const dir = path.join(base, "we*", "ird\"x", "back\\slash");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "main.ts"), "export function main(): number {\n    console.log(\"ok\");\n    return 3;\n}\n");
    const entry = path.relative(base, path.join(dir, "main.ts"));
    const checked = await cli(["check", entry], {}, base);
    expect(checked.stderr).toBe("");
    expect(checked.code).toBe(0);
    let stderr = "";
    const binary = await buildHost(entry, parseArgs(["run", entry, "--debug"]) as Parsed,
        { stdout: () => undefined, stderr: (t: string) => { stderr += t; }, cwd: base, env: process.env, color: false });
    expect(stderr).toBe("");
    expect(typeof binary).toBe("string");
    const r = spawnSync(binary as string, [], { encoding: "utf8" });
    expect(r.stdout).toBe("ok\n");
    expect(r.status).toBe(3);
    const c = fs.readFileSync(path.join(path.dirname(binary as string), "main.c"), "utf8");
    expect(c).toContain("from we*\\/ird\"x/back\\slash/main.ts. Do not edit:");
    expect(c).toContain("#line 2 \"we*/ird\\\"x/back\\\\slash/main.ts\"");
});

test("a deep call chain raises the main thread's stack on a board, not on native64", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-stack-"));
    const levels = [...Array(6).keys()].map((i) => `function f${i}(x: u8): u8 {
    const scratch = new Uint8Array(256);
    scratch[x] = x;
    return ${i === 5 ? "scratch[x]" : `u8(f${i + 1}(x) + scratch[x])`};
}`).join("\n");
    fs.writeFileSync(path.join(dir, "deep.ts"), `import { u8 } from "riotscript";\n${levels}\n`
        + "export function main(): number {\n    console.log(`${f0(3)}`);\n    return 0;\n}\n");
    const board = await cli(["build", "deep.ts", "--board", "nrf52840dk", "--no-make", "--out", "nrf"], {}, dir);
    expect(board.code).toBe(0);
    const mk = fs.readFileSync(path.join(dir, "nrf", "Makefile"), "utf8");
    expect(mk).toMatch(/# the deepest call chain \(main > f0 > f1 > f2 > f3 > f4 > f5\) may take (\d+) bytes/);
    const bytes = Number(/may take (\d+) bytes/.exec(mk)?.[1]);
    expect(bytes).toBeGreaterThan(6 * 256);
    expect(mk).toContain(`CFLAGS += -DTHREAD_STACKSIZE_MAIN=${Math.ceil(bytes * 1.25 / 8) * 8}`);
    await cli(["build", "deep.ts", "--board", "native64", "--no-make", "--out", "native"], {}, dir);
    expect(fs.readFileSync(path.join(dir, "native", "Makefile"), "utf8")).not.toContain("THREAD_STACKSIZE_MAIN");
});

test("an import cycle is an error at the import that closes it (Node and C initialised it differently)", async () => {
    const r = await cli(["check", "test/fixtures/cycle/main.ts", "--pretty", "false"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("test/fixtures/cycle/c.ts:2:1 - error RS4005: This import closes a cycle of modules "
        + "(main.ts imports b.ts imports c.ts imports main.ts).");
});

/**
 * `riotscript doctor`: what this machine has for each thing riotscript does, what is
 * missing, what it is needed for and how to get it. Everything is looked at, nothing is
 * changed; the checks run in parallel, with a timeout on the network ones.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { onPath } from "./riot/make";
import { describeRiot, findRiot } from "./riot/riotbase";

export interface Check {
    readonly name: string;
    readonly ok: boolean;
    /** A version, a path, or why it failed. */
    readonly detail: string;
    readonly neededFor: string;
    readonly install?: string;
    /** Without it, riotscript's basics (check, run, the tests) fail. */
    readonly required?: boolean;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 5000): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
        let out = "";
        let child;
        try {
            child = spawn(cmd, args, { env: { ...env, GIT_TERMINAL_PROMPT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
        } catch {
            resolve({ code: null, out: "" });
            return;
        }
        const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
        child.stdout.on("data", (d: Buffer) => { out += d.toString(); });
        child.stderr.on("data", (d: Buffer) => { out += d.toString(); });
        child.on("error", () => undefined);
        child.on("close", (code) => {
            clearTimeout(timer);
            resolve({ code, out });
        });
    });
}

const firstLine = (s: string) => s.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";

async function tool(env: NodeJS.ProcessEnv, names: string[], versionArgs: string[], neededFor: string, install: string,
    required = false, label = names[0]): Promise<Check> {
    for (const n of names) {
        const p = onPath(n, env);
        if (p) {
            const v = versionArgs.length > 0 ? firstLine((await run(p, versionArgs, env)).out) : p;
            return { name: label, ok: true, detail: v || p, neededFor, required };
        }
    }
    return { name: label, ok: false, detail: "not found", neededFor, install, required };
}

async function python(env: NodeJS.ProcessEnv, module: string, label: string, neededFor: string, install: string): Promise<Check> {
    if (!onPath("python3", env)) {
        return { name: label, ok: false, detail: "python3 not found", neededFor, install: `apt-get install python3 ${install.replace(/^apt-get install /, "")}` };
    }
    const r = await run("python3", ["-c", `import ${module}; print(getattr(${module}, "__version__", "present"))`], env);
    return r.code === 0 ? { name: label, ok: true, detail: firstLine(r.out), neededFor }
        : { name: label, ok: false, detail: "not installed", neededFor, install };
}

/** RIOT's packages that board builds fetch, and their URLs (from pkg/<name>/Makefile). */
const PACKAGES: readonly [string, string][] = [["cmsis", "every Cortex-M board"], ["mpaland-printf", "every Cortex-M board"],
    ["nrfx", "nRF boards"], ["lwip", "TCP programs"], ["tinydtls", "DTLS programs"]];

async function riotPackages(base: string, env: NodeJS.ProcessEnv): Promise<Check[]> {
    const pkgBase = env.PKGDIRBASE ?? path.join(base, "build", "pkg");
    return Promise.all(PACKAGES.map(async ([name, neededFor]): Promise<Check> => {
        const label = `RIOT package ${name}`;
        if (fs.existsSync(path.join(pkgBase, name))) {
            return { name: label, ok: true, detail: `present in ${pkgBase}`, neededFor };
        }
        const mk = path.join(base, "pkg", name, "Makefile");
        const url = fs.existsSync(mk) ? /^PKG_URL\s*[:?]?=\s*(\S+)/m.exec(fs.readFileSync(mk, "utf8"))?.[1] : undefined;
        if (!url) {
            return { name: label, ok: false, detail: "RIOT has no such package here", neededFor };
        }
        const r = await run("git", ["ls-remote", url, "HEAD"], env, 10000);
        return r.code === 0 ? { name: label, ok: true, detail: `fetchable from ${url}`, neededFor }
            : { name: label, ok: false, detail: `not present and ${url} cannot be fetched`, neededFor,
                install: `give git a copy: git config --global url.<local mirror>.insteadOf ${url}` };
    }));
}

export async function doctor(env: NodeJS.ProcessEnv, cwd: string, riotOpt?: string): Promise<Check[]> {
    const node = process.versions.node;
    const nodeOk = Number(node.split(".")[0]) >= 20;
    const checks: Promise<Check | Check[]>[] = [
        Promise.resolve({ name: "node", ok: nodeOk, detail: `v${node}`, neededFor: "riotscript itself",
            install: nodeOk ? undefined : "Node.js 20 or later", required: true }),
        tool(env, [env.CC ?? "cc", "gcc"], ["--version"], "riotscript run and the tests (the host port)", "apt-get install gcc", true, "cc"),
        tool(env, ["make"], ["--version"], "board builds (RIOT's make)", "apt-get install make", true),
        Promise.resolve(fs.existsSync("/usr/include/openssl/ssl.h")
            ? { name: "libssl-dev", ok: true, detail: "/usr/include/openssl/ssl.h", neededFor: "DTLS programs on the host port" }
            : { name: "libssl-dev", ok: false, detail: "OpenSSL headers not found", neededFor: "DTLS programs on the host port",
                install: "apt-get install libssl-dev" }),
        tool(env, ["arm-none-eabi-gcc"], ["--version"], "ARM (Cortex-M) boards", "apt-get install gcc-arm-none-eabi"),
        (async (): Promise<Check> => {
            const gcc = onPath("arm-none-eabi-gcc", env);
            const r = gcc ? await run(gcc, ["-print-file-name=libc.a"], env) : { code: 1, out: "" };
            const lib = r.out.trim();
            return r.code === 0 && lib !== "libc.a" && fs.existsSync(lib)
                ? { name: "newlib", ok: true, detail: lib, neededFor: "ARM (Cortex-M) boards" }
                : { name: "newlib", ok: false, detail: "not found", neededFor: "ARM (Cortex-M) boards",
                    install: "apt-get install libnewlib-arm-none-eabi" };
        })(),
        tool(env, ["qemu-system-arm"], ["--version"], "the emulated micro:bit (run --board microbit)", "apt-get install qemu-system-arm"),
        tool(env, ["socat"], ["-V"], "the emulated micro:bit's network", "apt-get install socat").then((c) =>
            c.ok ? { ...c, detail: firstLine(c.detail.replace(/^socat by .*$/m, "")) || c.detail } : c),
        tool(env, ["ccache"], ["--version"], "faster rebuilds (riotscript uses it when it is installed)", "apt-get install ccache"),
        tool(env, [env.OPENOCD?.split(/\s+/)[0] ?? "openocd"], ["--version"], "flashing with openocd (most boards)", "apt-get install openocd", false, "openocd"),
        tool(env, ["pyocd"], ["--version"], "flashing with pyocd", "pip install pyocd"),
        tool(env, ["JLinkExe"], [], "flashing with a J-Link", "https://www.segger.com/downloads/jlink/", false, "jlink"),
        tool(env, ["edbg"], ["--help"], "flashing Atmel/Microchip boards (RIOT can build it)", "apt-get install libudev-dev (RIOT builds edbg)").then(
            (c) => c.ok ? { ...c, detail: onPath("edbg", env) ?? c.detail } : c),
        python(env, "serial", "pyserial", "RIOT's terminal (make term, pyterm)", "apt-get install python3-serial"),
        (async (): Promise<Check> => {
            try {
                // eslint-disable-next-line @typescript-eslint/no-require-imports
                const v = (require("serialport/package.json") as { version: string }).version;
                return { name: "serialport", ok: true, detail: `npm serialport ${v}`, neededFor: "riotscript's own serial terminal" };
            } catch {
                return { name: "serialport", ok: false, detail: "not installed", neededFor: "riotscript's own serial terminal",
                    install: "npm install serialport" };
            }
        })(),
        tool(env, ["gdb-multiarch", "arm-none-eabi-gdb", "gdb"], ["--version"], "riotscript debug", "apt-get install gdb-multiarch", false, "gdb"),
    ];
    const riot = findRiot(riotOpt, env, cwd);
    if (riot === undefined) {
        checks.push(Promise.resolve({ name: "RIOTBASE", ok: false, detail: "not set", neededFor: "board builds, flash, term, size, debug",
            install: "git clone https://github.com/RIOT-OS/RIOT and export RIOTBASE=<that folder>" }));
    } else if ("error" in riot) {
        checks.push(Promise.resolve({ name: "RIOTBASE", ok: false, detail: riot.error, neededFor: "board builds" }));
    } else {
        checks.push(Promise.resolve({ name: "RIOTBASE", ok: true, detail: describeRiot(riot), neededFor: "board builds" }));
        checks.push(riotPackages(riot.base, env));
    }
    return (await Promise.all(checks)).flat();
}

/** The report as a table. */
export function formatDoctor(checks: readonly Check[]): string {
    const w = Math.max(...checks.map((c) => c.name.length));
    const lines = checks.map((c) => `${c.ok ? "ok  " : c.required ? "FAIL" : "--  "} ${c.name.padEnd(w)}  ${c.detail}`
        + (c.ok ? "" : `\n${" ".repeat(w + 7)}needed for ${c.neededFor}${c.install ? `; ${c.install}` : ""}`));
    const missing = checks.filter((c) => !c.ok);
    lines.push("", missing.length === 0 ? "Everything riotscript can use is here."
        : `${missing.length} missing${missing.some((c) => c.required) ? ", some of which riotscript needs (FAIL)" : ""}; `
            + "riotscript works without the others, except for what they are needed for.");
    return lines.join("\n") + "\n";
}

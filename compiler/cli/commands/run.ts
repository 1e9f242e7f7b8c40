/**
 * `riotscript run`: the program on this machine, either against the host port (the default)
 * or, with `--board microbit`, as RIOT firmware in QEMU's micro:bit.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { EMULATED_NODE_ADDR } from "../../../targets/riot/app";
import { buildEthos, canMakeNetworks, createNetns, createTap, deleteNetns, deleteTap } from "../../../targets/riot/emulator";
import { hostBuild } from "../../../targets/host/build";
import { Parsed } from "../args";
import { applicationFor, compileAndReport, entryOf, EXIT, Io, packageRoot } from "../common";
import { BoardBuild, boardBuild } from "./build";

/** Compiles the program and links it with the host port; returns the binary's path. */
export async function buildHost(entry: string, parsed: Parsed, io: Io): Promise<string | number> {
    const result = await compileAndReport(entry, parsed, io, false);
    if (!result.ok) {
        return EXIT.errors;
    }
    const application = applicationFor(entry, io.cwd);
    const debug = parsed.options.has("debug");
    const out = path.resolve(io.cwd, ".riotscript", "host", application);
    fs.mkdirSync(out, { recursive: true });
    // two builds of one program may run at once (test files in parallel workers): each file
    // and the binary appear whole, by rename, so neither sees the other's half-written one
    const scratch = `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    for (const [name, text] of result.files) {
        fs.writeFileSync(path.join(out, name + scratch), text);
        fs.renameSync(path.join(out, name + scratch), path.join(out, name));
    }
    const host = path.join(packageRoot(), "targets", "host");
    const asked = parsed.options.get("stack");
    const spec = hostBuild(result.features, debug, asked === "gnrc" || asked === "lwip" ? asked : undefined);
    const ccOpt = parsed.options.get("cc");
    const cc = typeof ccOpt === "string" ? ccOpt : io.env.CC ?? "cc";
    const binary = path.join(out, application);
    const args = [...spec.cflags, ...spec.defines.map((d) => `-D${d}`), `-I${path.join(host, "include")}`,
        ...[...result.files.keys()].map((f) => path.join(out, f)),
        ...spec.sources.map((s) => path.join(host, "src", s)), "-o", binary + scratch, ...spec.libs];
    const probe = spawnSync(cc, ["--version"], { encoding: "utf8" });
    if (probe.error && (probe.error as NodeJS.ErrnoException).code === "ENOENT") {
        io.stderr(`riotscript: no C compiler: '${cc}' was not found. Install one (apt-get install gcc) `
            + "or name it with --cc or CC.\n");
        return EXIT.missingTool;
    }
    if (probe.status !== 0) {
        io.stderr(`riotscript: the C compiler '${cc}' does not work ('${cc} --version' exited `
            + `${probe.status ?? probe.signal}). Install one (apt-get install gcc) or name a working one with --cc or CC.\n`);
        return EXIT.missingTool;
    }
    const cc1 = spawnSync(cc, args, { encoding: "utf8" });
    const header = /fatal error: (openssl\/\w+\.h): No such file/.exec(cc1.stderr ?? "");
    if (cc1.status !== 0 && header) {
        io.stderr(`riotscript: the host port's DTLS needs OpenSSL's headers (${header[1]} is missing): `
            + "apt-get install libssl-dev\n");
        return EXIT.missingTool;
    }
    if (cc1.status !== 0) {
        fs.rmSync(binary + scratch, { force: true });
        io.stderr(cc1.stderr + cc1.stdout);
        io.stderr(`riotscript: the C compiler failed on the generated code in ${path.relative(io.cwd, out)}/; `
            + "this is a bug in riotscript.\n");
        return EXIT.buildFailed;
    }
    fs.renameSync(binary + scratch, binary);
    return binary;
}

/** Runs a binary in the foreground with its output passed through; Ctrl-C stops it (130). */
export function runForeground(binary: string, args: string[], io: Io): Promise<number> {
    return new Promise((resolve) => {
        const child = spawn(binary, args, { stdio: ["inherit", "pipe", "pipe"] });
        child.stdout.on("data", (d: Buffer) => io.stdout(d.toString()));
        child.stderr.on("data", (d: Buffer) => io.stderr(d.toString()));
        const stop = () => child.kill("SIGINT");
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
        child.on("close", (code, signal) => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            if (signal === "SIGINT" || signal === "SIGTERM") {
                io.stderr("stopped\n");
                resolve(130);
                return;
            }
            resolve(code ?? 1);
        });
    });
}

export async function cmdRun(parsed: Parsed, io: Io, help: string): Promise<number> {
    if (parsed.options.has("board")) {
        return runEmulated(parsed, io, help);
    }
    const entry = entryOf(parsed, io, "run", help);
    if (entry === undefined) {
        return EXIT.usage;
    }
    if (parsed.options.has("watch")) {
        return runWatching(entry, parsed, io);
    }
    const binary = await buildHost(entry, parsed, io);
    if (typeof binary === "number") {
        return binary;
    }
    io.stderr(`running ${path.relative(io.cwd, binary)} (Ctrl-C stops it)\n`);
    return runForeground(binary, [], io);
}

/**
 * run --watch: builds and runs, then rebuilds when a .ts file under the entry's folder
 * changes and restarts the program once the new build is good (the old one stops first, so
 * its sockets are free). Ctrl-C stops both the watch and the program (130).
 */
async function runWatching(entry: string, parsed: Parsed, io: Io): Promise<number> {
    const dir = path.dirname(path.resolve(io.cwd, entry));
    let child: ReturnType<typeof spawn> | undefined;
    let exited: Promise<void> = Promise.resolve();
    const start = (binary: string) => {
        const c = spawn(binary, [], { stdio: ["ignore", "pipe", "pipe"] });
        c.stdout?.on("data", (d: Buffer) => io.stdout(d.toString()));
        c.stderr?.on("data", (d: Buffer) => io.stderr(d.toString()));
        exited = new Promise((resolve) => c.on("close", (code, signal) => {
            if (child === c && signal === null) {
                io.stderr(`riotscript run: the program exited with ${code}; waiting for a change\n`);
            }
            resolve();
        }));
        child = c;
    };
    const stopChild = async () => {
        const c = child;
        child = undefined;
        if (c && c.exitCode === null && c.signalCode === null) {
            c.kill("SIGINT");
        }
        await exited;
    };
    const first = await buildHost(entry, parsed, io);
    if (typeof first === "string") {
        io.stderr(`running ${path.relative(io.cwd, first)}; watching ${path.relative(io.cwd, dir) || "."}/ (Ctrl-C stops it)\n`);
        start(first);
    } else {
        io.stderr(`riotscript run: watching ${path.relative(io.cwd, dir) || "."}/ for a fix\n`);
    }
    let timer: NodeJS.Timeout | undefined;
    let building = Promise.resolve();
    const rebuild = () => {
        building = building.then(async () => {
            io.stderr("change seen; rebuilding\n");
            const binary = await buildHost(entry, parsed, io);
            if (typeof binary !== "string") {
                io.stderr(child ? "riotscript run: the last good build keeps running\n" : "riotscript run: waiting for a fix\n");
                return;
            }
            await stopChild();
            io.stderr(`restarted ${path.relative(io.cwd, binary)}\n`);
            start(binary);
        });
    };
    const watcher = fs.watch(dir, { recursive: true }, (_event, file) => {
        const name = file?.toString() ?? "";
        if (!name.endsWith(".ts") || name.split(/[\\/]/).some((p) => p === "node_modules" || p.startsWith("."))) {
            return;
        }
        // an editor's save is several events: one build for them all
        clearTimeout(timer);
        timer = setTimeout(rebuild, 150);
    });
    return new Promise((resolve) => {
        const stop = () => {
            watcher.close();
            clearTimeout(timer);
            void building.then(stopChild).then(() => {
                process.off("SIGINT", stop);
                process.off("SIGTERM", stop);
                io.stderr("stopped\n");
                resolve(130);
            });
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
    });
}

/** The network namespace for an emulated node: --netns, else riotscript-<board>, made unique. */
function netnsName(parsed: Parsed, board: string): { name: string; own: boolean } {
    const opt = parsed.options.get("netns");
    if (typeof opt === "string") {
        return { name: opt, own: !fs.existsSync(`/run/netns/${opt}`) };
    }
    const base = `riotscript-${board}`;
    return { name: fs.existsSync(`/run/netns/${base}`) ? `${base}-${process.pid}` : base, own: true };
}

/** Builds for the emulator and runs it; the firmware's exit status is run's. */
async function runEmulated(parsed: Parsed, io: Io, help: string, gdbPort?: number): Promise<number> {
    const built = await boardBuild(parsed, io, "run", { emulated: true, help, debug: parsed.options.has("debug") || gdbPort !== undefined });
    if (typeof built === "number") {
        return built;
    }
    return emulateBuilt(built, parsed, io, gdbPort);
}

export async function emulateBuilt(built: BoardBuild, parsed: Parsed, io: Io, gdbPort?: number, onReady?: () => void): Promise<number> {
    const network = built.app && built.result.features.some((f) => f === "sock_udp" || f === "sock_tcp" || f === "sock_ip");
    let netns: { name: string; own: boolean } | undefined;
    let tap: string | undefined;
    let ethosTool: string | undefined;
    if (network) {
        if (!canMakeNetworks(io.env)) {
            io.stderr("note: the program has sockets, but a network for the emulated board needs root (a network "
                + "namespace and a tap interface); running it without a network\n");
        } else {
            const tool = buildEthos(built.board.riot.base, built.board.riot.cacheDir, io.env);
            if (typeof tool !== "string") {
                io.stderr(`riotscript run: ${tool.error}\n`);
                return EXIT.missingTool;
            }
            ethosTool = tool;
            const tapOpt = parsed.options.get("tap");
            if (typeof tapOpt === "string") {
                // a tap of this namespace: this machine's programs reach the node directly
                const err = createTap(tapOpt);
                if (err) {
                    io.stderr(`riotscript run: could not make tap interface ${tapOpt}: ${err}\n`);
                    return EXIT.missingTool;
                }
                tap = tapOpt;
            } else {
                netns = netnsName(parsed, built.board.name);
                if (netns.own) {
                    const err = createNetns(netns.name);
                    if (err) {
                        io.stderr(`riotscript run: could not make the network namespace: ${err}\n`);
                        return EXIT.missingTool;
                    }
                }
            }
        }
    }
    try {
        io.stderr(`running ${path.basename(built.board.elf(built.app))} in QEMU's micro:bit (Ctrl-C stops it)\n`);
        const timeout = parsed.options.get("timeout");
        const r = await built.board.emulate(built.app, {
            network: network === true, netns: netns?.name, tap, ethosTool, gdbPort,
            timeoutMs: typeof timeout === "string" ? Number(timeout) * 1000 : undefined,
            onReady: (info) => {
                if (info.netns) {
                    io.stderr(`the node is ${EMULATED_NODE_ADDR} in network namespace ${info.netns}; reach it with:\n`
                        + `  sudo ip netns exec ${info.netns} nc -u ${EMULATED_NODE_ADDR} <port>\n`);
                } else if (info.tap) {
                    io.stderr(`the node is ${EMULATED_NODE_ADDR} on ${info.tap}; reach it with: nc -u ${EMULATED_NODE_ADDR} <port>\n`);
                }
                onReady?.();
            },
        });
        if ("error" in r) {
            io.stderr(`riotscript run: ${r.error}\n`);
            return r.missing ? EXIT.missingTool : EXIT.buildFailed;
        }
        if (r.status === 130) {
            io.stderr("stopped\n");
        } else if (r.timedOut) {
            io.stderr("riotscript run: stopped after --timeout\n");
        }
        return r.status;
    } finally {
        if (netns?.own) {
            deleteNetns(netns.name);
        }
        if (tap) {
            deleteTap(tap);
        }
    }
}

export { runEmulated };

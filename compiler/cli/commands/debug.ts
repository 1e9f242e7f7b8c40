/**
 * `riotscript debug`: gdb on the program, built with #line directives so that breakpoints
 * take `main.ts:14`. On the host port (no --board): gdb on the host binary. On a board:
 * RIOT's make debug through the board's programmer. With --emulate: QEMU's micro:bit
 * waits for gdb on its gdb stub.
 */
import { spawn } from "node:child_process";
import * as net from "node:net";
import * as path from "node:path";
import { onPath } from "../../../targets/riot/make";
import { Parsed } from "../args";
import { entryOf, EXIT, Io } from "../common";
import { boardBuild } from "./build";
import { buildHost } from "./run";
import { isFailure } from "../../../targets/riot/board";

/** gdb's arguments for --commands FILE and --batch. */
function scripted(parsed: Parsed, io: Io): string[] {
    const file = parsed.options.get("commands");
    return [...(parsed.options.has("batch") ? ["-batch"] : []),
        ...(typeof file === "string" ? ["-x", path.resolve(io.cwd, file)] : [])];
}

/** Runs gdb; in batch mode its output goes through io, otherwise it has the terminal. */
function gdb(cmd: string, args: string[], parsed: Parsed, io: Io): Promise<number> {
    const batch = parsed.options.has("batch");
    return new Promise((resolve) => {
        const child = spawn(cmd, ["-q", ...args], { stdio: batch ? ["ignore", "pipe", "pipe"] : "inherit" });
        child.stdout?.on("data", (d: Buffer) => io.stdout(d.toString()));
        child.stderr?.on("data", (d: Buffer) => io.stderr(d.toString()));
        // Ctrl-C belongs to gdb (it interrupts the program), not to riotscript
        const ignore = () => undefined;
        process.on("SIGINT", ignore);
        child.on("error", () => resolve(EXIT.missingTool));
        child.on("close", (code) => {
            process.off("SIGINT", ignore);
            resolve(code ?? 1);
        });
    });
}

function freePort(): Promise<number> {
    return new Promise((resolve) => {
        const s = net.createServer();
        s.listen(0, "127.0.0.1", () => {
            const port = (s.address() as net.AddressInfo).port;
            s.close(() => resolve(port));
        });
    });
}

export async function cmdDebug(parsed: Parsed, io: Io, help: string): Promise<number> {
    if (!parsed.options.has("board")) {
        const entry = entryOf(parsed, io, "debug", help);
        if (entry === undefined) {
            return EXIT.usage;
        }
        const hostGdb = onPath("gdb", io.env);
        if (!hostGdb) {
            io.stderr("riotscript debug: gdb was not found; install it (apt-get install gdb)\n");
            return EXIT.missingTool;
        }
        const debugParsed: Parsed = { ...parsed, options: new Map([...parsed.options, ["debug", true]]) };
        const binary = await buildHost(entry, debugParsed, io);
        if (typeof binary === "number") {
            return binary;
        }
        return gdb(hostGdb, [...scripted(parsed, io), "--args", binary], parsed, io);
    }
    const emulated = parsed.options.has("emulate");
    const built = await boardBuild(parsed, io, "debug", { emulated, debug: true, help });
    if (typeof built === "number") {
        return built;
    }
    if (!emulated) {
        const r = await built.board.debug(built.app, { programmer: parsed.options.get("programmer") as string | undefined });
        if (isFailure(r)) {
            io.stderr(`riotscript debug: ${r.message}\n`);
            return r.failure === "missing" ? EXIT.missingTool : EXIT.usage;
        }
        return r;
    }
    const armGdb = ["gdb-multiarch", "arm-none-eabi-gdb"].map((g) => onPath(g, io.env)).find((g) => g !== undefined);
    if (!armGdb) {
        io.stderr("riotscript debug: no gdb for ARM; install one (apt-get install gdb-multiarch)\n");
        return EXIT.missingTool;
    }
    const port = await freePort();
    const stop = new AbortController();
    let ready!: () => void;
    const isReady = new Promise<void>((r) => { ready = r; });
    const qemu = built.board.emulate(built.app, { network: false, gdbPort: port, signal: stop.signal, onReady: () => ready() });
    const first = await Promise.race([isReady.then(() => "ready" as const), qemu]);
    if (first !== "ready") {
        io.stderr(`riotscript debug: ${"error" in first ? first.error : "QEMU stopped before gdb could attach"}\n`);
        return "missing" in first && first.missing ? EXIT.missingTool : EXIT.buildFailed;
    }
    io.stderr(`QEMU's micro:bit waits for gdb on port ${port}\n`);
    const code = await gdb(armGdb, ["-ex", `target remote 127.0.0.1:${port}`, ...scripted(parsed, io),
        built.board.elf(built.app)], parsed, io);
    stop.abort();
    await qemu;
    return code;
}

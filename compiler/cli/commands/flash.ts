/**
 * `riotscript flash` and `riotscript term`: the firmware onto a board through RIOT's
 * `make flash-only`, and the board's serial console.
 */
import { Board } from "../../../targets/boards";
import { isFailure, RiotBoard } from "../../../targets/riot/board";
import { Parsed } from "../args";
import { boardOf, EXIT, Io } from "../common";
import { boardBuild } from "./build";

const failureCode = (f: { failure: string }) =>
    f.failure === "missing" ? EXIT.missingTool : f.failure === "interrupted" ? EXIT.interrupted
        : f.failure === "build" ? EXIT.buildFailed : EXIT.usage;

const opt = (parsed: Parsed, name: string) => {
    const v = parsed.options.get(name);
    return typeof v === "string" ? v : undefined;
};

export async function cmdFlash(parsed: Parsed, io: Io, help: string): Promise<number> {
    // the programmer is checked before the build, so a missing tool costs no minute of make
    const found = await boardOf(parsed, io, "flash", true);
    if (typeof found === "number") {
        return found;
    }
    if (found.riot && found.board.info) {
        const pre = new RiotBoard(found.riot, found.board as Board & { info: NonNullable<Board["info"]> }, io.env,
            { out: io.stdout, err: io.stderr, tty: false }).programmer(opt(parsed, "programmer"));
        if (isFailure(pre)) {
            io.stderr(`riotscript flash: ${pre.message}\n`);
            return failureCode(pre);
        }
        if (!pre.tool.ok) {
            io.stderr(`riotscript flash: cannot flash ${found.board.name}: '${pre.tool.tool}' is not installed (${pre.tool.why}).\n`
                + `  Install it: ${pre.tool.install}\n`);
            return EXIT.missingTool;
        }
    }
    const built = await boardBuild(parsed, io, "flash", { help, debug: parsed.options.has("debug") });
    if (typeof built === "number") {
        return built;
    }
    const r = await built.board.flash(built.app, { programmer: opt(parsed, "programmer"), port: opt(parsed, "port"),
        serial: opt(parsed, "serial") });
    if (isFailure(r)) {
        io.stderr(`riotscript flash: ${r.message}\n`);
        return failureCode(r);
    }
    if (r.status === "interrupted") {
        io.stderr("riotscript flash: interrupted; the board may hold a partial image: flash it again\n");
        return EXIT.interrupted;
    }
    if (r.status === "missing") {
        io.stderr("riotscript flash: 'make' was not found; install it (apt-get install make)\n");
        return EXIT.missingTool;
    }
    if (r.status !== 0) {
        io.stderr(`riotscript flash: the programmer failed (RIOT's make flash-only exited ${r.status}); is the board `
            + "connected, and is it the only one (--serial picks one of several)?\n");
        return EXIT.buildFailed;
    }
    io.stderr(`flashed ${built.board.name}\n`);
    if (parsed.options.has("monitor")) {
        const t = await built.board.term({ port: opt(parsed, "port"), app: built.app, stdin: io.stdin });
        if (isFailure(t)) {
            io.stderr(`riotscript flash: ${t.message}\n`);
            return failureCode(t);
        }
        return t;
    }
    return EXIT.ok;
}

export async function cmdTerm(parsed: Parsed, io: Io): Promise<number> {
    if (parsed.positional.length > 0) {
        io.stderr("riotscript term: takes no entry file (riotscript flash <entry.ts> --board B --monitor flashes, then opens it)\n");
        return EXIT.usage;
    }
    const found = await boardOf(parsed, io, "term", true);
    if (typeof found === "number") {
        return found;
    }
    const rb = new RiotBoard(found.riot!, found.board as Board & { info: NonNullable<Board["info"]> }, io.env,
        { out: io.stdout, err: io.stderr, tty: io.tty === true });
    const devDir = io.env.RIOTSCRIPT_DEV_DIR;
    const t = await rb.term({ port: opt(parsed, "port"), devDir, stdin: io.stdin });
    if (isFailure(t)) {
        io.stderr(`riotscript term: ${t.message}\n`);
        return failureCode(t);
    }
    return t;
}

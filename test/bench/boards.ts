/**
 * Board builds (with RIOTBASE): `riotscript build examples/udp-echo --board <b>` into a new
 * folder, as a user's first build is, with ccache off; then the same folder again after
 * `rm -rf bin`, through ccache when it is installed (what every later clean build costs).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export interface BoardBuild {
    readonly board: string;
    /** Wall seconds, or why it could not be measured. */
    readonly clean: number | string;
    readonly again: number | string;
    readonly ccache: boolean;
}

export const BOARD_GOAL_S = 60;

function build(root: string, board: string, out: string, env: NodeJS.ProcessEnv): number {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [path.join(root, "compiler", "cli", "bin.js"), "build", "examples/udp-echo/main.ts",
        "--board", board, "--out", out], { cwd: root, encoding: "utf8", env });
    if (r.status !== 0) {
        throw new Error(`riotscript build --board ${board} failed:\n${(r.stderr + r.stdout).trim().split("\n").slice(-8).join("\n")}`);
    }
    return (Date.now() - t0) / 1000;
}

export function benchBoards(root: string, work: string, boards: readonly string[], progress: (l: string) => void): BoardBuild[] {
    const ccache = spawnSync("sh", ["-c", "command -v ccache"]).status === 0;
    return boards.map((board) => {
        const out = path.join(work, `board-${board}`);
        let clean: number | string;
        let again: number | string;
        try {
            progress(`board build: ${board}, clean, without ccache`);
            clean = build(root, board, out, { ...process.env, RIOTSCRIPT_CCACHE: "0" });
        } catch (e) {
            clean = e instanceof Error ? e.message : String(e);
        }
        try {
            progress(`board build: ${board}, again after rm -rf bin${ccache ? ", through ccache" : ""}`);
            // once to fill the cache for this folder, once to measure
            fs.rmSync(path.join(out, "bin"), { recursive: true, force: true });
            build(root, board, out, process.env);
            fs.rmSync(path.join(out, "bin"), { recursive: true, force: true });
            again = build(root, board, out, process.env);
        } catch (e) {
            again = e instanceof Error ? e.message : String(e);
        }
        return { board, clean, again, ccache };
    });
}

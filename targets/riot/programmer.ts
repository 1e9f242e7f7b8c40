/**
 * The programmer a board is flashed with, and whether the program behind it is installed.
 * RIOT's make chooses the programmer (PROGRAMMER, PROGRAMMERS_SUPPORTED) and runs it; this
 * only looks first, so that a missing tool is one sentence naming the tool and where to
 * get it, instead of a shell error deep in RIOT's scripts.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { onPath } from "./make";
import { BoardInfo } from "./query";
import PROGRAMMERS from "./programmers.json";

interface ProgrammerData {
    readonly tool: string;
    readonly alternatives?: readonly string[];
    readonly env?: string;
    readonly install: string;
    readonly for?: string;
    readonly builtByRiot?: string;
    readonly python?: string;
}

export function programmerData(name: string): ProgrammerData | undefined {
    const data = (PROGRAMMERS as Record<string, unknown>)[name];
    return name.startsWith("_") || data === undefined ? undefined : data as ProgrammerData;
}

export type ToolCheck =
    | { readonly ok: true; readonly tool: string; readonly path?: string; readonly note?: string }
    | { readonly ok: false; readonly tool: string; readonly install: string; readonly why: string };

/** True if python3 can import `module`. */
export function pythonHas(module: string, env: NodeJS.ProcessEnv): boolean {
    const r = spawnSync("python3", ["-c", `import ${module}`], { env, stdio: "ignore" });
    return r.status === 0;
}

/**
 * Checks that the program behind a programmer can be run. A variable the RIOT script
 * honours (OPENOCD=/opt/openocd/bin/openocd) counts as the tool.
 */
export function checkTool(programmer: string, flasher: string, env: NodeJS.ProcessEnv): ToolCheck {
    const data = programmerData(programmer);
    if (!data) {
        // a programmer riotscript has no data on: the flasher RIOT names is the tool
        const tool = flasher.split(/\s+/)[0] ?? "";
        if (tool === "" || onPath(tool, env)) {
            return { ok: true, tool: tool || programmer };
        }
        return { ok: false, tool: path.basename(tool), install: `install '${path.basename(tool)}'`,
            why: `RIOT flashes with '${tool}'` };
    }
    if (data.builtByRiot) {
        return { ok: true, tool: data.tool, note: `RIOT builds ${data.tool} from ${data.builtByRiot}` };
    }
    const fromEnv = data.env ? env[data.env]?.trim().split(/\s+/)[0] : undefined;
    for (const candidate of [fromEnv, data.tool, ...(data.alternatives ?? [])]) {
        if (candidate) {
            const found = onPath(candidate.replace(/^~(?=\/)/, env.HOME ?? "~"), env);
            if (found) {
                if (data.python && !pythonHas(data.python, env)) {
                    return { ok: false, tool: `python3's ${data.python} module`, install: data.install,
                        why: `the ${programmer} programmer${data.for ? ` (${data.for})` : ""} needs it` };
                }
                return { ok: true, tool: candidate, path: found };
            }
        }
    }
    return {
        ok: false, tool: data.tool, install: data.install,
        why: `the ${programmer} programmer${data.for ? ` (${data.for})` : ""} runs '${data.tool}'`
            + (data.env ? `; or set ${data.env} to its path` : ""),
    };
}

/** The programmer to flash with: the one asked for, if the board supports it, else the board's. */
export function chooseProgrammer(info: BoardInfo, asked: string | undefined): { programmer: string } | { error: string } {
    if (asked === undefined) {
        return info.programmer === "" ? { error: `RIOT names no programmer for ${info.name}` } : { programmer: info.programmer };
    }
    if (info.programmers.length > 0 && !info.programmers.includes(asked)) {
        return { error: `${info.name} is not flashed with '${asked}'; RIOT supports ${info.programmers.join(", ")} for it` };
    }
    return { programmer: asked };
}

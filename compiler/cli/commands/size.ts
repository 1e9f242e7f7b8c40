/**
 * `riotscript size`: build for the board, then what the firmware takes of its flash and
 * RAM, and the program's largest functions and module objects.
 */
import { formatSize } from "../../../targets/riot/size";
import { Parsed } from "../args";
import { EXIT, Io } from "../common";
import { boardBuild } from "./build";

export async function cmdSize(parsed: Parsed, io: Io, help: string): Promise<number> {
    const built = await boardBuild(parsed, io, "size", { help });
    if (typeof built === "number") {
        return built;
    }
    const report = built.board.size(built.app, built.result.symbols ?? []);
    if ("error" in report) {
        io.stderr(`riotscript size: ${report.error}\n`);
        return EXIT.missingTool;
    }
    if (parsed.options.has("json")) {
        io.stdout(JSON.stringify(report, null, 2) + "\n");
        return EXIT.ok;
    }
    const top = Number(parsed.options.get("top") ?? 10);
    io.stdout(formatSize(report, Number.isFinite(top) && top > 0 ? top : 10));
    return EXIT.ok;
}

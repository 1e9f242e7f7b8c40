/**
 * `riotscript boards` (every board RIOT has, or the known ones without RIOT) and
 * `riotscript doctor` (what this machine has for each thing riotscript does).
 */
import { describeBoard, verifiedMark } from "../../../targets/boards";
import { doctor, formatDoctor } from "../../../targets/doctor";
import { BoardInfo, BoardSummary, queryBoard, scanBoards } from "../../../targets/riot/query";
import { describeRiot } from "../../../targets/riot/riotbase";
import { Parsed } from "../args";
import { EXIT, HOW_TO_GET_RIOT, Io, overrides, riotOf } from "../common";

const kib = (n: number | undefined) => n === undefined ? "?" : n >= 1024 * 1024 ? `${n / 1024 / 1024} MiB` : `${n / 1024} KiB`;

function details(info: BoardInfo, stack: string, note: string | undefined): string {
    return [
        `  CPU        ${info.cpuModel || info.cpu} (${info.cpu}${info.core ? `, ${info.core}` : ""}, ${info.arch})`,
        `  memory     ${kib(info.romBytes)} flash, ${kib(info.ramBytes)} RAM`,
        `  network    ${info.netdev.length > 0 ? info.netdev.join(", ") : "none"} (netdev_default); riotscript builds with ${stack === "gnrc" ? "GNRC" : "lwIP"}`,
        `  flash with ${info.programmer || "nothing (it runs on this machine)"}`
            + (info.programmers.length > 1 ? ` (also: ${info.programmers.filter((p) => p !== info.programmer).join(", ")})` : ""),
        `  terminal   ${info.port || "-"}`,
        ...(info.emulator ? [`  emulator   ${info.emulator}${info.name === "microbit" ? " (riotscript run --board microbit)" : " (not supported by riotscript)"}`] : []),
        ...(note ? [`  note       ${note}`] : []),
    ].join("\n") + "\n";
}

export async function cmdBoards(parsed: Parsed, io: Io): Promise<number> {
    const filter = parsed.positional[0]?.toLowerCase();
    const known = overrides();
    const riot = riotOf(parsed, io);
    if (riot !== undefined && "error" in riot) {
        io.stderr(`riotscript boards: RIOTBASE=${riot.error}\n`);
        return EXIT.missingTool;
    }
    const onlyVerified = parsed.options.has("verified");
    const matches = (s: { name: string; summary?: BoardSummary; note?: string }) => filter === undefined
        || [s.name, s.summary?.cpu, s.summary?.cpuModel, s.summary?.core, s.summary?.arch, s.note]
            .some((x) => x !== undefined && x.toLowerCase().includes(filter));
    let rows: { name: string; summary?: BoardSummary; note?: string; mark: string }[];
    if (riot === undefined) {
        rows = known.names().map((name) => ({ name, note: known.read(name)?.note, mark: verifiedMark(known.read(name)?.verified) }));
    } else {
        let shown = false;
        const all = await scanBoards(riot, io.env, (done, total) => {
            if (io.tty) {
                io.stderr(`\r  reading RIOT's boards (once per RIOT commit): ${done}/${total}\x1b[K`);
                shown = true;
            } else if (done === 1) {
                io.stderr(`reading RIOT's ${total} boards (once per RIOT commit)...\n`);
            }
        });
        if (shown) {
            io.stderr("\r\x1b[K");
        }
        rows = all.map((s) => ({ name: s.name, summary: s, note: known.read(s.name)?.note, mark: verifiedMark(known.read(s.name)?.verified) }));
    }
    rows = rows.filter((r) => matches(r) && (!onlyVerified || r.mark !== ""));
    if (parsed.options.has("json")) {
        io.stdout(JSON.stringify(rows.map((r) => ({ name: r.name, ...r.summary, note: r.note,
            verified: known.read(r.name)?.verified ?? null })), null, 2) + "\n");
        return EXIT.ok;
    }
    const w = Math.max(8, ...rows.map((r) => r.name.length));
    for (const r of rows) {
        const text = [describeBoard(r), r.mark ? `[${r.mark}]` : ""].filter((x) => x !== "").join("  ");
        io.stdout(`${r.mark ? "*" : " "} ${r.name.padEnd(w)}  ${text}`.trimEnd() + "\n");
    }
    const verified = rows.filter((r) => r.mark !== "").length;
    io.stdout(`\n${rows.length} board${rows.length === 1 ? "" : "s"}${filter ? ` matching '${filter}'` : ""}; `
        + `* = verified by riotscript (${verified}): every example built with RIOT's make, and run where it can be.\n`);
    if (riot === undefined) {
        io.stdout(`These are the boards riotscript knows without RIOT. ${HOW_TO_GET_RIOT}\n`);
    } else {
        io.stdout(`From RIOT at ${describeRiot(riot)}.\n`);
        const exact = rows.find((r) => r.name === filter);
        if (exact) {
            const info = await queryBoard(riot, exact.name, io.env);
            if ("error" in info) {
                io.stderr(`${info.error}\n`);
                return EXIT.missingTool;
            }
            io.stdout(`\n${exact.name}:\n${details(info, known.read(exact.name)?.stack ?? "gnrc", exact.note)}`);
        }
    }
    return rows.length === 0 && filter !== undefined ? EXIT.usage : EXIT.ok;
}

export async function cmdDoctor(parsed: Parsed, io: Io): Promise<number> {
    const opt = parsed.options.get("riotbase");
    const checks = await doctor(io.env, io.cwd, typeof opt === "string" ? opt : undefined);
    if (parsed.options.has("json")) {
        io.stdout(JSON.stringify({ checks }, null, 2) + "\n");
    } else {
        io.stdout(formatDoctor(checks));
    }
    return checks.some((c) => c.required && !c.ok) ? EXIT.missingTool : EXIT.ok;
}

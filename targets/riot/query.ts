/**
 * What RIOT knows about its boards, asked of RIOT itself and cached per RIOT commit.
 *
 * Two questions, two costs:
 * - the scan: every board's CPU, core and architecture, read by RIOT's make from each
 *   board's and CPU's Makefile.features (about 6 s for 300 boards on 2 cores, once per commit);
 * - the board query: one board's full build view (memory, programmer, flasher, terminal,
 *   emulator, the network device `netdev_default` pulls in), from a small application that
 *   includes RIOT's Makefile.include and prints the variables (about 1 s, once per board).
 *
 * Nothing here guesses: a board whose Makefiles the scan cannot read alone falls back to
 * the board query.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Riot } from "./riotbase";

/** One board as the scan sees it. */
export interface BoardSummary {
    readonly name: string;
    readonly cpu: string;
    readonly cpuModel: string;
    readonly core: string;
    readonly arch: Arch;
}

/** The families riotscript tells apart (from RIOT's arch_* features). */
export type Arch = "native" | "arm" | "riscv" | "xtensa" | "avr8" | "msp430" | "other";

/** One board as its build sees it. */
export interface BoardInfo extends BoardSummary {
    readonly cpuArch: string;
    readonly romBytes?: number;
    readonly ramBytes?: number;
    /** The programmer `make flash` uses by default, and the others the board supports. */
    readonly programmer: string;
    readonly programmers: readonly string[];
    readonly flasher: string;
    readonly debugger: string;
    /** The serial port `make term` opens by default (tap0 on native). */
    readonly port: string;
    /** "qemu" or "renode" when RIOT can emulate the board. */
    readonly emulator: string;
    /** The drivers `netdev_default` pulls in (the radio or Ethernet). */
    readonly netdev: readonly string[];
    /** The toolchain prefix (arm-none-eabi-) and its size/nm tools. */
    readonly prefix: string;
    readonly sizeTool: string;
    readonly nmTool: string;
    readonly features: readonly string[];
}

const SCAN_VERSION = 2;

/** Makefile that reads one board's Makefile.features (and its CPU's) and prints the answer. */
const SCAN_MK = `# riotscript's board scan: one board's Makefile.features, read the way RIOT's make reads them.
RIOTBOARD := $(RIOTBASE)/boards
RIOTCPU := $(RIOTBASE)/cpu
RIOTMAKE := $(RIOTBASE)/makefiles
RIOTPKG := $(RIOTBASE)/pkg
BOARDSDIRS := $(RIOTBOARD)
BOARDDIR := $(RIOTBOARD)/$(BOARD)
include $(RIOTMAKE)/utils/variables.mk
include $(RIOTMAKE)/utils/strings.mk
FEATURES_PROVIDED :=
include $(BOARDDIR)/Makefile.features
include $(RIOTCPU)/$(CPU)/Makefile.features
$(info RSBOARD $(BOARD)|$(CPU)|$(CPU_MODEL)|$(CPU_CORE)|$(sort $(filter arch_%,$(FEATURES_PROVIDED))))
all: ;
`;

/** Runs the scan once per board, -j over the machine's cores. */
const DRIVE_MK = `# riotscript's board scan over every board, in parallel.
BOARDS := $(sort $(notdir $(patsubst %/Makefile.features,%,$(wildcard $(RIOTBASE)/boards/*/Makefile.features))))
all: $(addprefix rs-,$(BOARDS))
rs-%:
\t@$(MAKE) -s --no-print-directory -f $(SCAN) BOARD=$* RIOTBASE=$(RIOTBASE) 2>/dev/null || echo "RSERROR $*"
`;

/** Variables the board query prints. */
const QUERY_VARS = ["CPU", "CPU_MODEL", "CPU_CORE", "CPU_ARCH", "ROM_LEN", "RAM_LEN", "PROGRAMMER",
    "PROGRAMMERS_SUPPORTED", "FLASHER", "DEBUGGER", "PORT", "RIOT_EMULATOR", "PREFIX", "SIZE", "NM",
    "FEATURES_PROVIDED", "USEMODULE"];

/** The query application: RIOT's whole Makefile.include, then a target that prints variables. */
export const QUERY_MAKEFILE = `# riotscript's board query: RIOT's build view of one board, printed.
APPLICATION = rsquery
BOARD ?= native64
USEMODULE += $(RS_MODULES)
QUIET ?= 1
include $(RIOTBASE)/Makefile.include
rs-info:
${QUERY_VARS.map((v) => `\t@echo 'RSVAR ${v}=$(strip $(${v}))'`).join("\n")}
`;

export type Progress = (done: number, total: number) => void;

/** Every board directory of the checkout (the names `--board` accepts). */
export function boardDirs(riot: Riot): string[] {
    const dir = path.join(riot.base, "boards");
    return fs.readdirSync(dir).filter((n) => n !== "common" && fs.existsSync(path.join(dir, n, "Makefile.features")))
        .sort();
}

/** RIOT's board aliases (makefiles/board_alias.inc.mk): `native` is native64 on a 64-bit host. */
export function boardAliases(riot: Riot): Map<string, string> {
    const out = new Map<string, string>();
    const file = path.join(riot.base, "makefiles", "board_alias.inc.mk");
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    const bits = os.arch() === "x64" || os.arch() === "arm64" ? "64" : "32";
    for (const m of text.matchAll(/^BOARD_ALIAS\s*\+=\s*([\w.-]+):(\S+)\s*$/gm)) {
        out.set(m[1], m[2].replace("$(_platform_bits)", bits));
    }
    return out;
}

function archOf(features: readonly string[]): Arch {
    const has = (f: string) => features.includes(f);
    if (has("arch_native")) { return "native"; }
    if (has("arch_arm")) { return "arm"; }
    if (has("arch_riscv")) { return "riscv"; }
    if (has("arch_esp_xtensa")) { return "xtensa"; }
    if (has("arch_avr8")) { return "avr8"; }
    if (has("arch_msp430")) { return "msp430"; }
    return "other";
}

function readJson<T>(file: string): T | undefined {
    try {
        return JSON.parse(fs.readFileSync(file, "utf8")) as T;
    } catch {
        return undefined;
    }
}

function writeJson(file: string, data: unknown): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(data, null, 1));
    fs.renameSync(tmp, file);
}

const cacheable = (riot: Riot) => riot.commit !== "unknown";

/** Runs make and collects its stdout lines; calls `onLine` for each as it arrives. */
function make(args: string[], cwd: string, env: NodeJS.ProcessEnv, onLine?: (l: string) => void): Promise<{ code: number; lines: string[]; stderr: string }> {
    return new Promise((resolve) => {
        const child = spawn("make", args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
        const lines: string[] = [];
        let partial = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => {
            const parts = (partial + d.toString()).split("\n");
            partial = parts.pop() ?? "";
            for (const l of parts) {
                lines.push(l);
                onLine?.(l);
            }
        });
        child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
        child.on("error", () => resolve({ code: 127, lines, stderr: "make was not found" }));
        child.on("close", (code) => {
            if (partial) {
                lines.push(partial);
            }
            resolve({ code: code ?? 1, lines, stderr });
        });
    });
}

/** Make's environment: without the caller's BOARD or USEMODULE, which would leak into the query. */
function makeEnv(env: NodeJS.ProcessEnv, riot: Riot): NodeJS.ProcessEnv {
    const out: NodeJS.ProcessEnv = { ...env, RIOTBASE: riot.base };
    for (const v of ["BOARD", "USEMODULE", "USEPKG", "CFLAGS", "MAKEFLAGS", "MFLAGS", "MAKELEVEL"]) {
        delete out[v];
    }
    return out;
}

/** Every board with its CPU, core and architecture: from the cache, else from the scan. */
export async function scanBoards(riot: Riot, env: NodeJS.ProcessEnv, progress?: Progress): Promise<BoardSummary[]> {
    const file = path.join(riot.cacheDir, "boards.json");
    const cached = cacheable(riot) ? readJson<{ version: number; boards: BoardSummary[] }>(file) : undefined;
    if (cached?.version === SCAN_VERSION) {
        return cached.boards;
    }
    const names = boardDirs(riot);
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "riotscript-scan-"));
    try {
        fs.writeFileSync(path.join(work, "scan.mk"), SCAN_MK);
        fs.writeFileSync(path.join(work, "drive.mk"), DRIVE_MK);
        let done = 0;
        const r = await make(["-s", `-j${jobs()}`, "--output-sync=line", "-f", "drive.mk", `RIOTBASE=${riot.base}`, `SCAN=${path.join(work, "scan.mk")}`],
            work, makeEnv(env, riot), (l) => {
                if (l.startsWith("RSBOARD ") || l.startsWith("RSERROR ")) {
                    progress?.(++done, names.length);
                }
            });
        const found = new Map<string, BoardSummary>();
        const failed: string[] = [];
        for (const l of r.lines) {
            if (l.startsWith("RSBOARD ")) {
                const [name, cpu, cpuModel, core, arch] = l.slice(8).split("|");
                if (cpu) {
                    found.set(name, { name, cpu, cpuModel, core, arch: archOf(arch.split(/\s+/)) });
                } else {
                    failed.push(name);
                }
            } else if (l.startsWith("RSERROR ")) {
                failed.push(l.slice(8).trim());
            }
        }
        // boards whose Makefile.features depend on more of RIOT than the scan reads
        for (const name of failed.filter((n) => names.includes(n))) {
            const info = await queryBoard(riot, name, env);
            if (!("error" in info)) {
                found.set(name, { name, cpu: info.cpu, cpuModel: info.cpuModel, core: info.core, arch: info.arch });
            }
        }
        const boards = names.filter((n) => found.has(n)).map((n) => found.get(n) as BoardSummary);
        if (cacheable(riot)) {
            writeJson(file, { version: SCAN_VERSION, commit: riot.commit, boards });
        }
        return boards;
    } finally {
        fs.rmSync(work, { recursive: true, force: true });
    }
}

/** Parallel jobs for make: the machine's cores. */
export function jobs(): number {
    return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/** Parses RIOT's memory lengths: 0x40000, 256K, 1M, 16384. */
export function parseLength(text: string): number | undefined {
    const m = /^\s*(0x[0-9a-fA-F]+|\d+)\s*([kKmM]?)\s*$/.exec(text);
    if (!m) {
        return undefined;
    }
    const n = Number(m[1]);
    return m[2] === "" ? n : n * (m[2].toLowerCase() === "k" ? 1024 : 1024 * 1024);
}

/** The query application's folder in the cache (written once per commit). */
function queryApp(riot: Riot): string {
    const dir = path.join(cacheable(riot) ? riot.cacheDir : path.join(os.tmpdir(), `riotscript-${process.pid}`), "query");
    fs.mkdirSync(dir, { recursive: true });
    const mk = path.join(dir, "Makefile");
    if (!fs.existsSync(mk) || fs.readFileSync(mk, "utf8") !== QUERY_MAKEFILE) {
        fs.writeFileSync(mk, QUERY_MAKEFILE);
    }
    return dir;
}

async function queryVars(riot: Riot, board: string, modules: string, env: NodeJS.ProcessEnv): Promise<Map<string, string> | { error: string }> {
    const dir = queryApp(riot);
    // a build folder of its own, so that two queries at once (in this process or another) do not share one
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), "riotscript-query-"));
    const r = await make(["-s", "--no-print-directory", `BOARD=${board}`, `RIOTBASE=${riot.base}`, `RS_MODULES=${modules}`,
        `BINDIRBASE=${bin}`, "rs-info"], dir, makeEnv(env, riot)).finally(() => fs.rmSync(bin, { recursive: true, force: true }));
    const vars = new Map<string, string>();
    for (const l of r.lines) {
        const m = /^RSVAR ([A-Z_]+)=(.*)$/.exec(l);
        if (m) {
            vars.set(m[1], m[2]);
        }
    }
    if (r.code !== 0 || !vars.has("CPU")) {
        const first = r.stderr.split("\n").find((l) => /\*\*\*|error/i.test(l)) ?? r.stderr.split("\n")[0] ?? "";
        return { error: `RIOT's make could not read board '${board}': ${first.replace(/^.*?\*\*\*\s*/, "").trim()}` };
    }
    return vars;
}

/** One board's build view: from the cache, else from RIOT's make. */
export async function queryBoard(riot: Riot, name: string, env: NodeJS.ProcessEnv): Promise<BoardInfo | { error: string }> {
    const file = path.join(riot.cacheDir, "boards", `${name}.json`);
    const cached = cacheable(riot) ? readJson<{ version: number; info: BoardInfo }>(file) : undefined;
    if (cached?.version === SCAN_VERSION) {
        return cached.info;
    }
    const [net, plain] = await Promise.all([queryVars(riot, name, "netdev_default", env), queryVars(riot, name, "", env)]);
    if ("error" in net) {
        return net;
    }
    if ("error" in plain) {
        return plain;
    }
    const get = (v: string) => net.get(v) ?? "";
    const words = (v: string) => get(v).split(/\s+/).filter((w) => w !== "");
    const base = new Set((plain.get("USEMODULE") ?? "").split(/\s+/));
    // what netdev_default adds, less the generic parts (netdev_*, peripheral drivers)
    const netdev = words("USEMODULE").filter((m) => !base.has(m) && m !== "netdev" && !m.startsWith("netdev_")
        && !m.startsWith("periph_"));
    const features = [...new Set(words("FEATURES_PROVIDED"))].sort();
    const programmer = get("PROGRAMMER");
    const info: BoardInfo = {
        name,
        cpu: get("CPU"),
        cpuModel: get("CPU_MODEL"),
        core: get("CPU_CORE"),
        cpuArch: get("CPU_ARCH"),
        arch: archOf(features),
        romBytes: parseLength(get("ROM_LEN")),
        ramBytes: parseLength(get("RAM_LEN")),
        programmer,
        programmers: [...new Set([programmer, ...words("PROGRAMMERS_SUPPORTED")].filter((p) => p !== ""))],
        flasher: get("FLASHER"),
        debugger: get("DEBUGGER"),
        port: get("PORT"),
        emulator: get("RIOT_EMULATOR"),
        netdev,
        prefix: get("PREFIX"),
        sizeTool: get("SIZE") || `${get("PREFIX")}size`,
        nmTool: get("NM") || `${get("PREFIX")}nm`,
        features,
    };
    if (cacheable(riot)) {
        writeJson(file, { version: SCAN_VERSION, commit: riot.commit, info });
    }
    return info;
}

/**
 * npm run bench: riotscript side by side with what its users would pick instead, in one run.
 *
 * 1. compute kernels: riotscript's C, hand-written C, Node and DeviceScript's VM, interleaved,
 *    CPU time per round with each contender's start-up subtracted (kernels.ts);
 * 2. code size: each kernel's function for Cortex-M4 against DeviceScript's bytecode;
 * 3. examples/udp-echo against its hand-written reference.c: object size, machine code, and
 *    echo round trips per second over loopback on the host port;
 * 4. compile speed against the floor of loading ts-morph and against `devs build`;
 * 5. test time: each example's Node-mode Jest suite, and the simulated network's echoes/s;
 * 6. board builds, with RIOTBASE.
 *
 * It prints Markdown tables; --json <file> writes every figure. Anything it cannot measure is
 * a row that says why, and the exit status is then 1 (RIOT's rows are skipped, not failed,
 * without RIOTBASE). docs/performance.md explains the rows.
 */
import { spawn, spawnSync } from "node:child_process";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../../compiler/index";
import { hostBuild } from "../../targets/host/build";
import { UdpClient, waitForServer } from "../udp-client";
import { BOARD_GOAL_S, benchBoards } from "./boards";
import { benchCompileSpeed } from "./compile-speed";
import { benchKernels, Contender, CONTENDERS, Kernel, KERNELS, KernelResult } from "./kernels";
import { fmtRatio, fmtStat, fmtTime, markdown, median, Stat } from "./measure";
import { exampleSuite, simThroughput } from "./testing";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const HOST = path.join(ROOT, "targets", "host");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "rs-bench-"));

function generated(): string {
    const r = compile("examples/udp-echo/main.ts", {
        cwd: ROOT, runtimeDir: path.join(ROOT, "runtime", "api"),
        readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined),
    });
    if (!r.ok) {
        throw new Error("the example does not compile");
    }
    const file = path.join(work, "generated.c");
    fs.writeFileSync(file, r.files.get("main.c") as string);
    return file;
}

const spec = hostBuild(["sock_udp", "sock_async_event", "event"], false);
const defines = spec.defines.map((d) => `-D${d}`);

function objectSize(cc: string, src: string, extra: string[]): { text: number; data: number; bss: number } | null {
    const obj = path.join(work, `${path.basename(src)}.${cc}.o`);
    const r = spawnSync(cc, ["-std=c11", "-Os", "-c", ...extra, ...defines, `-I${path.join(HOST, "include")}`, src, "-o", obj],
        { encoding: "utf8" });
    if (r.error || r.status !== 0) {
        return null;
    }
    const size = spawnSync(cc.replace(/gcc$/, "size").replace(/^cc$/, "size"), [obj], { encoding: "utf8" });
    const [text, data, bss] = size.stdout.split("\n")[1].trim().split(/\s+/).map(Number);
    return { text, data, bss };
}

function binary(src: string): string {
    const out = path.join(work, path.basename(src, ".c"));
    const r = spawnSync("cc", [...spec.cflags, ...defines, `-I${path.join(HOST, "include")}`, src,
        ...spec.sources.map((s) => path.join(HOST, "src", s)), "-o", out], { encoding: "utf8" });
    if (r.status !== 0) {
        throw new Error(r.stderr);
    }
    return out;
}

/** Fails, with the cause, unless this process can bind UDP port `port` on ::1 (the echo server's). */
async function portFree(port: number): Promise<void> {
    const s = dgram.createSocket({ type: "udp6", ipv6Only: true });
    try {
        await new Promise<void>((resolve, reject) => {
            s.once("error", reject);
            s.bind(port, "::1", () => resolve());
        });
    } catch (e) {
        throw new Error(`UDP port ${port} is taken by another process (${(e as NodeJS.ErrnoException).code}); `
            + "the echo server needs it");
    } finally {
        s.close();
    }
}

async function roundTrips(bin: string, count: number): Promise<number> {
    await portFree(12345);
    const child = spawn(bin, [], { stdio: ["ignore", "ignore", "inherit"] });
    let exited: number | null | undefined;
    child.on("exit", (code) => { exited = code; });
    const client = new UdpClient("udp6", "::1", 12345);
    try {
        await waitForServer(client, 5000);
        if (exited !== undefined) {
            throw new Error(`the echo server ${path.basename(bin)} exited (status ${exited}) instead of serving`);
        }
        const data = Buffer.alloc(64, 7);
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < count; i++) {
            if (!(await client.roundTrip(data, 1000))) {
                throw new Error("lost an echo");
            }
        }
        const secs = Number(process.hrtime.bigint() - t0) / 1e9;
        return count / secs;
    } finally {
        client.close();
        child.kill("SIGTERM");
        await new Promise((r) => child.on("close", r));
    }
}

/** True if both files compile to the same instructions (names of statics aside). */
function sameCode(a: string, b: string): boolean {
    const dis = (src: string): string => {
        const obj = path.join(work, `${path.basename(src)}.O2.o`);
        spawnSync("cc", ["-std=c11", "-O2", "-c", ...defines, `-I${path.join(HOST, "include")}`, src, "-o", obj]);
        const d = spawnSync("objdump", ["-d", "--no-show-raw-insn", obj], { encoding: "utf8" }).stdout;
        return d.split("\n").slice(3).join("\n");
    };
    return dis(a) === dis(b);
}

const USAGE = `Usage: npm run bench -- [options]

Measures riotscript against hand-written C, Node and DeviceScript, and its compile, test and
board-build times. Takes 10 to 20 minutes on 2 cores (less with --rounds 3).

Options:
  --json <file>      Also write every figure as JSON.
  --rounds <n>       Rounds of interleaved measurement (default 7).
  --only <sections>  Comma-separated: kernels,size,echo,compile,tests,boards (default: all).
  --help             This text.

With RIOTBASE set, the board rows build examples/udp-echo for nrf52840dk and native64.`;

interface Options {
    json?: string;
    rounds: number;
    only: Set<string>;
}

const SECTIONS = ["kernels", "echo", "compile", "tests", "boards"];

function parseArgs(argv: string[]): Options {
    const o: Options = { rounds: 7, only: new Set(SECTIONS) };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined) {
                throw new Error(`${a} needs a value`);
            }
            return v;
        };
        if (a === "--help" || a === "-h") {
            console.log(USAGE);
            process.exit(0);
        } else if (a === "--json") {
            o.json = path.resolve(process.env.INIT_CWD ?? process.cwd(), value());
        } else if (a === "--rounds") {
            o.rounds = Number(value());
            if (!Number.isInteger(o.rounds) || o.rounds < 1) {
                throw new Error("--rounds takes a whole number, 1 or more");
            }
        } else if (a === "--only") {
            const names = value().split(",").map((x) => (x === "size" ? "kernels" : x));
            const bad = names.filter((x) => !SECTIONS.includes(x));
            if (bad.length > 0) {
                throw new Error(`--only: unknown section ${bad.join(", ")} (sections: ${SECTIONS.join(", ")})`);
            }
            o.only = new Set(names);
        } else {
            throw new Error(`unknown option ${a}\n\n${USAGE}`);
        }
    }
    return o;
}

const failures: string[] = [];
const report: Record<string, unknown> = {};
const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

function failed(section: string, e: unknown): string {
    const why = e instanceof Error ? e.message : String(e);
    failures.push(`${section}: ${why}`);
    return why.split("\n")[0];
}

function print(title: string, rows: string[][], notes: string[] = []): void {
    console.log(`\n### ${title}\n`);
    console.log(markdown(rows));
    for (const n of notes) {
        console.log(`\n${n}`);
    }
}

function perRoundCell(v: Stat | string | undefined): string {
    return v === undefined ? "n/a" : typeof v === "string" ? `not measured: ${v.split("\n")[0]}` : fmtStat(v, fmtTime);
}

function kernelsSection(o: Options): void {
    const results: KernelResult[] = [];
    for (const kernel of KERNELS) {
        try {
            results.push(...benchKernels({ root: ROOT, work, repeats: o.rounds, progress }, [kernel]));
        } catch (e) {
            print(`Kernel ${kernel}`, [[kernel], [`not measured: ${failed(kernel, e)}`]]);
        }
    }
    report.kernels = results;
    const med = (r: KernelResult, c: Contender): number | undefined => {
        const v = r.perRound[c];
        return v !== undefined && typeof v !== "string" ? v.median : undefined;
    };
    const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined ? fmtRatio(a / b) : "n/a");
    print("Compute kernels: CPU time per round (median ± half the range)", [
        ["kernel", ...CONTENDERS, "riotscript ÷ hand C", "Node ÷ riotscript", "DeviceScript ÷ riotscript", "checksum"],
        ...results.map((r) => [r.kernel, ...CONTENDERS.map((c) => perRoundCell(r.perRound[c])),
            ratio(med(r, "riotscript"), med(r, "hand C")), ratio(med(r, "Node"), med(r, "riotscript")),
            ratio(med(r, "DeviceScript"), med(r, "riotscript")), r.checksum]),
    ], [`${o.rounds} interleaved rounds. Each contender's start-up and set-up (the same program with ROUNDS = 0) is `
        + "subtracted: " + results.map((r) => `${r.kernel} ${CONTENDERS.map((c) => r.startup[c] === undefined ? "n/a"
            : fmtTime(r.startup[c] as number)).join(" / ")}`).join("; ") + ` (${CONTENDERS.join(" / ")}). ROUNDS: `
        + results.map((r) => `${r.kernel} ${CONTENDERS.map((c) => r.rounds[c] ?? "n/a").join(" / ")}`).join("; ") + "."]);
    // plain `number` code against the same code with integer types (issue: within 1.1x)
    const plain = results.find((r) => r.kernel === "adler");
    const typed = results.find((r) => r.kernel === "adler_i32");
    if (plain && typed) {
        print("Plain number against integer types: riotscript CPU time per round", [
            ["kernel", "plain number (adler)", "i32 (adler_i32)", "number ÷ i32"],
            ["adler", perRoundCell(plain.perRound.riotscript), perRoundCell(typed.perRound.riotscript),
                ratio(med(plain, "riotscript"), med(typed, "riotscript"))],
        ], ["adler.ts writes `number` everywhere; adler_i32.ts is the same code with i32/u32. riotscript proves "
            + "each number an integer (docs/language.md, \"Integer-valued number\")."]);
    }
    for (const r of results) {
        for (const c of CONTENDERS) {
            const v = r.perRound[c];
            if (typeof v === "string") {
                failures.push(`${r.kernel}: ${c}: ${v}`);
            }
        }
    }
    const bytes = (n?: number) => (n === undefined ? "n/a" : String(n));
    print("Code size: the kernel's function, bytes", [
        ["kernel", "function", "riotscript (Cortex-M4 -Os)", "hand C (Cortex-M4 -Os)", "DeviceScript bytecode",
            "riotscript ÷ hand C", "bounds checks kept/removed"],
        ...results.map((r) => [r.kernel, WORKER_NAME[r.kernel], bytes(r.size.riotscript), bytes(r.size.handC),
            r.size.devs !== undefined ? String(r.size.devs) : `n/a${r.size.devsWhy ? ` (${r.size.devsWhy})` : ""}`,
            ratio(r.size.riotscript, r.size.handC), `${r.checksKept}/${r.checksRemoved}`]),
    ], ["arm-none-eabi-gcc -Os -mcpu=cortex-m4 -mthumb -fno-inline (so the function stays whole); DeviceScript's bytes "
        + "are its function in bytecode-sizes.md, and run only on its VM, which the chip must also hold. "
        + "filter's C calls libgcc's soft double-precision routines (the M4's FPU is single precision), not counted."]);
    for (const r of results) {
        if (r.size.riotscript === undefined || r.size.handC === undefined) {
            failures.push(`code size of ${r.kernel}: arm-none-eabi-gcc is not installed or the function was not found`);
        }
    }
}

const WORKER_NAME: Record<Kernel, string> = {
    crc16: "crc16", records: "parse", sumsq: "energy", filter: "smoothedRms", intloop: "main", scan: "scan",
    crc16_c: "crc16", records_c: "parse", sumsq_c: "energy", adler: "adler", adler_i32: "adler",
};

async function echoSection(): Promise<void> {
    const gen = generated();
    const ref = path.join(ROOT, "examples", "udp-echo", "reference.c");
    const rows: string[][] = [["metric", "generated", "reference.c", "ratio"]];
    const add = (metric: string, g: number, r: number) =>
        rows.push([metric, String(Math.round(g)), String(Math.round(r)), (g / r).toFixed(3)]);
    const figures: Record<string, unknown> = {};
    for (const [cc, label, extra] of [["cc", "host gcc -Os", []],
        ["arm-none-eabi-gcc", "arm-none-eabi-gcc -Os cortex-m4", ["-mcpu=cortex-m4", "-mthumb"]]] as const) {
        const g = objectSize(cc, gen, [...extra]);
        const r = objectSize(cc, ref, [...extra]);
        if (!g || !r) {
            rows.push([`${label}: text`, "n/a", "n/a", `(${cc} not installed)`]);
            failures.push(`udp-echo object size: ${cc} not installed`);
            continue;
        }
        add(`${label}: text bytes`, g.text, r.text);
        add(`${label}: data+bss bytes`, g.data + g.bss, r.data + r.bss);
        figures[label] = { generated: g, reference: r };
    }
    const same = sameCode(gen, ref);
    rows.push(["host gcc -O2: machine code identical (objdump -d)", "", "", same ? "yes" : "no"]);
    const genBin = binary(gen);
    const refBin = binary(ref);
    const count = Number(process.env.BENCH_ROUNDTRIPS ?? 10000);
    const runs = 9;
    const gs: number[] = [];
    const rs: number[] = [];
    await roundTrips(refBin, Math.min(count, 2000)); // warm-up
    for (let i = 0; i < runs; i++) {
        // alternate the order so neither binary always runs on a warmer machine
        if (i % 2 === 0) {
            gs.push(await roundTrips(genBin, count));
            rs.push(await roundTrips(refBin, count));
        } else {
            rs.push(await roundTrips(refBin, count));
            gs.push(await roundTrips(genBin, count));
        }
    }
    // a ping-pong over loopback runs at one of two speeds, as the scheduler puts the client and
    // the server on one core or on two: the best run is the code's speed, the median the mix
    add(`echo round trips/s (${count} x 64 B, best of ${runs})`, Math.max(...gs), Math.max(...rs));
    add(`echo round trips/s (${count} x 64 B, median of ${runs})`, median(gs), median(rs));
    report.udpEcho = { ...figures, identicalCode: same, roundTripsPerSecond: { generated: gs, reference: rs } };
    print("examples/udp-echo: generated C against hand-written reference.c", rows);
}

function compileSection(o: Options): void {
    const c = benchCompileSpeed(ROOT, work, Math.max(3, Math.min(o.rounds, 5)), progress);
    report.compile = c;
    const floor = c.rows[0].cpu.median;
    print("Compile speed", [["what", "CPU (cold) or wall (warm)", "÷ ts-morph floor", "goal"],
        ...c.rows.map((r) => [r.what, Number.isNaN(r.cpu.median) ? "n/a" : fmtStat(r.cpu, fmtTime),
            r.what.includes("cold") ? fmtRatio(r.cpu.median / floor) : "",
            r.goal ? `${r.goal.text}: ${r.goal.met ? "met" : "MISSED"}` : ""])],
    [`The ${c.bigLines}-line program's stages in one compile() (wall): ${Object.entries(c.bigStages)
        .map(([k, v]) => `${k} ${fmtTime(v)}`).join(", ")}.`]);
    for (const r of c.rows) {
        if (Number.isNaN(r.cpu.median)) {
            failures.push(`compile speed: ${r.what}`);
        }
    }
}

async function testsSection(): Promise<void> {
    const rows: string[][] = [["Node test runtime", "tests", "Jest's time for the files", "whole jest process", "goal"]];
    const suites = [];
    for (const example of fs.readdirSync(path.join(ROOT, "examples")).filter((e) =>
        fs.existsSync(path.join(ROOT, "examples", e, "test"))).sort()) {
        progress(`tests: ${example} in Node mode`);
        try {
            const s = exampleSuite(ROOT, example);
            suites.push(s);
            rows.push([`examples/${example}`, String(s.tests), fmtTime(s.suiteMs), fmtTime(s.wallMs),
                example === "udp-echo" ? `under 2 s: ${s.suiteMs < 2000 ? "met" : "MISSED"}` : ""]);
        } catch (e) {
            rows.push([`examples/${example}`, "", `not measured: ${failed(`tests of ${example}`, e)}`, "", ""]);
        }
    }
    const sim = await simThroughput(ROOT, Number(process.env.BENCH_SIM_ROUNDTRIPS ?? 100000));
    rows.push(["udp-echo on the simulated network: echoes/s", "", sim.perSecond.toFixed(0), "", ""]);
    rows.push(["udp-echo on the simulated network: datagrams/s (both ways)", "", sim.datagrams.toFixed(0), "", ""]);
    report.tests = { suites, sim };
    print("Test time", rows);
}

function boardsSection(): void {
    if (!process.env.RIOTBASE) {
        print("Board builds", [["board", "clean build", "again (rm -rf bin)"],
            ["nrf52840dk", "skipped: RIOTBASE is not set", ""], ["native64", "skipped: RIOTBASE is not set", ""]]);
        report.boards = "skipped: RIOTBASE is not set";
        return;
    }
    const builds = benchBoards(ROOT, work, ["nrf52840dk", "native64"], progress);
    report.boards = builds;
    const cell = (v: number | string) => (typeof v === "number" ? `${v.toFixed(1)} s` : `failed: ${v.split("\n")[0]}`);
    print("Board builds: riotscript build examples/udp-echo --board <b> (wall)", [
        ["board", "clean, new folder, no ccache", `again after rm -rf bin${builds[0]?.ccache ? " (ccache)" : " (no ccache installed)"}`,
            `goal: under ${BOARD_GOAL_S} s`],
        ...builds.map((b) => [b.board, cell(b.clean), cell(b.again),
            typeof b.clean === "number" ? (b.clean < BOARD_GOAL_S ? "met" : "MISSED") : ""])],
    [`RIOTBASE=${process.env.RIOTBASE}, make -j${os.availableParallelism()}. The first build of a RIOT checkout also `
        + "checks out its packages; run the bench twice to leave that out."]);
    for (const b of builds) {
        for (const v of [b.clean, b.again]) {
            if (typeof v === "string") {
                failures.push(`board build ${b.board}: ${v}`);
            }
        }
    }
}

async function main(): Promise<void> {
    const o = parseArgs(process.argv.slice(2));
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    const machine = `${os.availableParallelism()} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, `
        + `Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)}`;
    console.log(`## npm run bench, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC\n\n${machine}`);
    report.machine = machine;
    report.date = new Date().toISOString();
    const run = async (name: string, f: () => void | Promise<void>) => {
        if (!o.only.has(name)) {
            return;
        }
        try {
            await f();
        } catch (e) {
            print(name, [[name], [`not measured: ${failed(name, e)}`]]);
        }
    };
    await run("kernels", () => kernelsSection(o));
    await run("echo", echoSection);
    await run("compile", () => compileSection(o));
    await run("tests", testsSection);
    await run("boards", boardsSection);
    report.failures = failures;
    if (o.json) {
        fs.writeFileSync(o.json, JSON.stringify(report, null, 2));
        console.log(`\nwrote ${o.json}`);
    }
    fs.rmSync(work, { recursive: true, force: true });
    if (failures.length > 0) {
        console.error(`\nbench: ${failures.length} figure(s) could not be measured:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
        process.exit(1);
    }
}

main().catch((e) => {
    console.error(`bench failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
});

/**
 * npm run bench: the generated C of examples/udp-echo against the hand-written
 * reference.c. Object size (host gcc -Os; arm-none-eabi-gcc -Os -mcpu=cortex-m4 -mthumb
 * when installed) and echo round trips per second over loopback on the host port.
 */
import { spawn, spawnSync } from "node:child_process";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../../compiler/index";
import { hostBuild } from "../../targets/host/build";
import { UdpClient, waitForServer } from "../udp-client";
import { benchKernels } from "./kernels";
import { benchCompileSpeed } from "./compile-speed";
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

function table(rows: string[][]): void {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
    const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
    console.log(line(rows[0]));
    console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    rows.slice(1).forEach((r) => console.log(line(r)));
}

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
    const gen = generated();
    const ref = path.join(ROOT, "examples", "udp-echo", "reference.c");
    const rows: string[][] = [["metric", "generated", "reference.c", "ratio"]];
    const add = (metric: string, g: number, r: number) =>
        rows.push([metric, String(Math.round(g)), String(Math.round(r)), (g / r).toFixed(3)]);
    for (const [cc, label, extra] of [["cc", "host gcc -Os", []],
        ["arm-none-eabi-gcc", "arm-none-eabi-gcc -Os cortex-m4", ["-mcpu=cortex-m4", "-mthumb"]]] as const) {
        const g = objectSize(cc, gen, [...extra]);
        const r = objectSize(cc, ref, [...extra]);
        if (!g || !r) {
            rows.push([`${label}: text`, "n/a", "n/a", `(${cc} not installed)`]);
            continue;
        }
        add(`${label}: text bytes`, g.text, r.text);
        add(`${label}: data+bss bytes`, g.data + g.bss, r.data + r.bss);
    }
    rows.push(["host gcc -O2: machine code identical (objdump -d)", "", "", sameCode(gen, ref) ? "yes" : "no"]);
    const genBin = binary(gen);
    const refBin = binary(ref);
    const count = Number(process.env.BENCH_ROUNDTRIPS ?? 20000);
    const gs: number[] = [];
    const rs: number[] = [];
    await roundTrips(refBin, Math.min(count, 2000)); // warm-up
    for (let i = 0; i < 5; i++) {
        // alternate the order so neither binary always runs on a warmer machine
        if (i % 2 === 0) {
            gs.push(await roundTrips(genBin, count));
            rs.push(await roundTrips(refBin, count));
        } else {
            rs.push(await roundTrips(refBin, count));
            gs.push(await roundTrips(genBin, count));
        }
    }
    add(`echo round trips/s (${count} x 64 B, median of 5)`, median(gs), median(rs));
    table(rows);
    console.log("");
    const k: string[][] = [["kernel", "riotscript C ms", "hand C ms", "ratio", "Node ms", "arm text (rs/hand)", "arm ratio",
        "checks kept/removed"]];
    for (const r of benchKernels(ROOT, work)) {
        k.push([r.name, r.genMs.toFixed(1), r.refMs.toFixed(1), (r.genMs / r.refMs).toFixed(3), r.nodeMs.toFixed(1),
            r.genArm && r.refArm ? `${r.genArm}/${r.refArm}` : "n/a", r.genArm && r.refArm ? (r.genArm / r.refArm).toFixed(3) : "n/a",
            `${r.checksKept}/${r.checksRemoved}`]);
    }
    table(k);
    console.log("");
    const c = benchCompileSpeed(ROOT);
    table([["compile speed", "lines", "total ms", ...Object.keys(c.stages).map((s) => `${s} ms`)],
        ["generated program", String(c.lines), c.total.toFixed(0), ...Object.values(c.stages).map((v) => v.toFixed(0))],
        ["generated program (again, warm)", String(c.lines), c.warm.toFixed(0), ...Object.values(c.warmStages).map((v) => v.toFixed(0))]]);
    console.log("");
    const sim = await simThroughput(ROOT, Number(process.env.BENCH_SIM_ROUNDTRIPS ?? 100000));
    const suite = exampleSuite(ROOT);
    table([["Node test runtime", "value"],
        ["udp-echo on the simulated network: echoes/s", sim.perSecond.toFixed(0)],
        ["udp-echo on the simulated network: datagrams/s (both ways)", sim.datagrams.toFixed(0)],
        [`examples/udp-echo tests in Node mode (${suite.tests} tests): suite ms`, String(suite.suiteMs)],
        ["... including Jest's start-up: wall ms", String(suite.wallMs)]]);
    fs.rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
    console.error(`bench failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
});

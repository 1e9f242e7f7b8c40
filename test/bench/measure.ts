/**
 * What every part of the bench measures with: the CPU time of a child process (user + system,
 * from bash's `times`, so a process that waits costs nothing), medians, spreads and tables.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface Run {
    /** CPU milliseconds of the command and its children. */
    readonly cpuMs: number;
    readonly wallMs: number;
    readonly stdout: string;
    readonly stderr: string;
    readonly status: number | null;
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rs-cpu-"));
process.on("exit", () => fs.rmSync(scratch, { recursive: true, force: true }));

function seconds(field: string): number {
    const m = /^(\d+)m([\d.]+)s$/.exec(field);
    if (!m) {
        throw new Error(`bash's times printed '${field}'`);
    }
    return Number(m[1]) * 60 + Number(m[2]);
}

/** Runs `cmd` to completion and returns its CPU time; the command's output goes to files, not pipes. */
export function cpuRun(cmd: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
    const out = path.join(scratch, "out");
    const err = path.join(scratch, "err");
    const t0 = process.hrtime.bigint();
    const r = spawnSync("bash", ["-c", '"$@" >"$RS_OUT" 2>"$RS_ERR"; s=$?; times; exit $s', "bash", ...cmd], {
        cwd: options.cwd, encoding: "utf8", env: { ...(options.env ?? process.env), RS_OUT: out, RS_ERR: err },
    });
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.error) {
        throw r.error;
    }
    // `times` prints the shell's own times, then its children's
    const children = r.stdout.trim().split("\n").pop() ?? "";
    const [user, sys] = children.trim().split(/\s+/);
    return { cpuMs: (seconds(user) + seconds(sys)) * 1000, wallMs, status: r.status,
        stdout: fs.readFileSync(out, "utf8"), stderr: fs.readFileSync(err, "utf8") };
}

/** Like cpuRun, but a failing command is an error that shows what it printed. */
export function cpuOk(cmd: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
    const r = cpuRun(cmd, options);
    if (r.status !== 0) {
        const said = (r.stderr + r.stdout).trim().split("\n").slice(-6).join("\n");
        throw new Error(`${cmd.map((c) => path.basename(c)).join(" ")} exited with ${r.status}:\n${said}`);
    }
    return r;
}

export function median(xs: readonly number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Half the range between the smallest and the largest value, as a share of the median. */
export function spread(xs: readonly number[]): number {
    const m = median(xs);
    return m === 0 ? 0 : (Math.max(...xs) - Math.min(...xs)) / 2 / Math.abs(m);
}

export interface Stat {
    readonly median: number;
    /** ± this share of the median covers every round. */
    readonly spread: number;
    readonly samples: readonly number[];
}

export function stat(xs: readonly number[]): Stat {
    return { median: median(xs), spread: spread(xs), samples: xs };
}

export function fmtStat(s: Stat, unit: (v: number) => string): string {
    return `${unit(s.median)} ±${Math.round(s.spread * 100)}%`;
}

/** A duration in the unit that keeps three significant figures readable. */
export function fmtTime(ms: number): string {
    const a = Math.abs(ms);
    if (a >= 1000) {
        return `${(ms / 1000).toFixed(2)} s`;
    }
    if (a >= 1) {
        return `${ms.toFixed(a >= 100 ? 0 : 1)} ms`;
    }
    if (a >= 1e-3) {
        return `${(ms * 1000).toFixed(a >= 0.1 ? 0 : 2)} µs`;
    }
    return `${(ms * 1e6).toFixed(1)} ns`;
}

export function fmtRatio(x: number): string {
    return x >= 100 ? `${Math.round(x)}x` : x >= 10 ? `${x.toFixed(1)}x` : `${x.toFixed(2)}x`;
}

/** A Markdown table; its columns padded so that it reads in a terminal too. */
export function markdown(rows: readonly (readonly string[])[]): string {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
    const line = (r: readonly string[]) => `| ${r.map((c, i) => (c ?? "").padEnd(widths[i])).join(" | ")} |`;
    return [line(rows[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

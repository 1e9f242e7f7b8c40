/**
 * npm run stress: the examples' host-target suites, STRESS_RUNS times in a row (default 5),
 * while a CPU hog runs: `stress-ng --cpu 4` where it is installed, else 4 busy Node
 * processes. The host target runs on a virtual clock and ports of its own, so the load must
 * change nothing: every run must pass. Prints one line per run (tests, time, load average)
 * and exits 1 if any run failed.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const RUNS = Number(process.env.STRESS_RUNS ?? 5);
const HOGS = 4;

function loadAverage(): string {
    return fs.readFileSync("/proc/loadavg", "utf8").split(" ")[0];
}

function startHog(): { what: string; stop(): void } {
    if (spawnSync("stress-ng", ["--version"]).status === 0) {
        const hog = spawn("stress-ng", ["--cpu", String(HOGS), "--quiet"], { stdio: "ignore" });
        return { what: `stress-ng --cpu ${HOGS}`, stop: () => hog.kill("SIGINT") };
    }
    const hogs: ChildProcess[] = Array.from({ length: HOGS }, () => spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }));
    return { what: `${HOGS} busy Node processes`, stop: () => hogs.forEach((h) => h.kill()) };
}

function main(): number {
    const hog = startHog();
    console.log(`stress: the examples' host suites, ${RUNS} runs, under ${hog.what}`);
    let failed = 0;
    try {
        spawnSync("sleep", ["2"]); // let the load build up
        for (let i = 1; i <= RUNS; i++) {
            const started = Date.now();
            const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "jest", "bin", "jest.js"),
                "--selectProjects", "examples: host"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, RIOTSCRIPT_TARGET: "host" } });
            const out = `${r.stdout}${r.stderr}`;
            const tests = /^Tests:\s+(.*)$/m.exec(out)?.[1] ?? "no summary";
            const ok = r.status === 0;
            console.log(`run ${i}: ${ok ? "passed" : "FAILED"}: ${tests}, ${((Date.now() - started) / 1000).toFixed(1)} s, load ${loadAverage()}`);
            if (!ok) {
                failed++;
                console.log(out.split("\n").filter((l) => /✕|●/.test(l)).join("\n"));
            }
        }
    } finally {
        hog.stop();
    }
    if (failed > 0) {
        console.error(`stress: ${failed} of ${RUNS} runs failed`);
        return 1;
    }
    console.log(`stress: ${RUNS} of ${RUNS} runs passed`);
    return 0;
}

process.exitCode = main();

/**
 * The Node test runtime: datagrams per second through the udp-echo firmware on the
 * simulated network, and the time of the example's Jest suite in Node mode.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { boot } from "../../runtime/testing/index";

/** Echo round trips per second on the simulated network (two datagrams each). */
export async function simThroughput(root: string, roundTrips: number): Promise<{ perSecond: number; datagrams: number }> {
    const log = console.log;
    // the compiled example (dist/), as plain Node runs it
    const fw = await boot(path.join(root, "dist", "examples", "udp-echo", "main.js"), { target: "node", check: false });
    const peer = await fw.udp();
    const payload = new Uint8Array(64).fill(7);
    const t0 = process.hrtime.bigint();
    let answered = 0;
    for (let i = 0; i < roundTrips; i += 8) {
        // a mailbox's worth at a time, as a busy client would
        for (let k = 0; k < 8; k++) {
            await peer.send(payload, 12345);
        }
        for (let k = 0; k < 8; k++) {
            if (await peer.recv(10)) {
                answered++;
            }
        }
    }
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    await peer.close();
    await fw.stop();
    console.log = log;
    if (answered !== Math.ceil(roundTrips / 8) * 8) {
        throw new Error(`lost echoes on a perfect link: ${answered}`);
    }
    return { perSecond: answered / secs, datagrams: (2 * answered) / secs };
}

export interface SuiteTime {
    readonly example: string;
    readonly tests: number;
    /** Jest's own time for the example's test files. */
    readonly suiteMs: number;
    /** The whole `jest` process, its start-up included. */
    readonly wallMs: number;
}

/** An example's test files under Jest in Node mode: their run time and test count. */
export function exampleSuite(root: string, example: string): SuiteTime {
    const dir = path.join("examples", example, "test");
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [path.join(root, "node_modules", "jest", "bin", "jest.js"), "--selectProjects",
        "examples: node", "--json", "--silent", dir], { cwd: root, encoding: "utf8", env: { ...process.env, RIOTBASE: "" } });
    const wallMs = Date.now() - t0;
    let json: { numPassedTests: number; numFailedTests: number; testResults: { startTime: number; endTime: number }[] };
    try {
        json = JSON.parse(r.stdout);
    } catch {
        throw new Error(`jest on ${dir} printed no results:\n${r.stderr.trim().split("\n").slice(-5).join("\n")}`);
    }
    if (json.numFailedTests > 0 || json.testResults.length === 0) {
        throw new Error(`${example}'s tests failed (${json.numFailedTests} of ${json.numFailedTests + json.numPassedTests})`);
    }
    const suiteMs = json.testResults.reduce((t, f) => t + (f.endTime - f.startTime), 0);
    return { example, tests: json.numPassedTests, suiteMs, wallMs };
}

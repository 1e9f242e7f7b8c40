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

/** The udp-echo example's test file under Jest in Node mode: its run time and test count. */
export function exampleSuite(root: string): { tests: number; suiteMs: number; wallMs: number } {
    const file = path.join("examples", "udp-echo", "test", "udp-echo.test.ts");
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [path.join(root, "node_modules", "jest", "bin", "jest.js"), "--selectProjects",
        "examples: node", "--json", "--silent", file], { cwd: root, encoding: "utf8" });
    const wallMs = Date.now() - t0;
    const json = JSON.parse(r.stdout) as { numPassedTests: number; numFailedTests: number;
        testResults: { startTime: number; endTime: number }[] };
    if (json.numFailedTests > 0) {
        throw new Error("the example's tests failed");
    }
    const result = json.testResults[0];
    return { tests: json.numPassedTests, suiteMs: result.endTime - result.startTime, wallMs };
}

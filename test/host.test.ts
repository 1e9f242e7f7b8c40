/**
 * The host port in C against FACTS.md: test/host/conformance.c built with the real C
 * compiler, with AddressSanitizer and UndefinedBehaviorSanitizer, run on loopback.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { hostBuild } from "../targets/host/build";
import { ROOT } from "./helpers";

test("host port conformance (ASan + UBSan)", () => {
    const host = path.join(ROOT, "targets", "host");
    const spec = hostBuild(["sock_udp", "sock_async_event", "sock_util", "event", "ztimer_msec"], true);
    const bin = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rs-host-")), "conformance");
    const cc = spawnSync(process.env.CC ?? "cc", [...spec.cflags, "-pedantic", "-fsanitize=address,undefined",
        "-fno-sanitize-recover=all", ...spec.defines.map((d) => `-D${d}`), `-I${path.join(host, "include")}`,
        path.join(ROOT, "test", "host", "conformance.c"), ...spec.sources.map((s) => path.join(host, "src", s)),
        "-o", bin], { encoding: "utf8" });
    expect(cc.stderr).toBe("");
    expect(cc.status).toBe(0);
    const run = spawnSync(bin, [], { encoding: "utf8", timeout: 20000 });
    const failed = run.stdout.split("\n").filter((l) => l.startsWith("not ok"));
    expect(failed).toEqual([]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^0 failed$/m);
    expect(run.stdout.split("\n").filter((l) => l.startsWith("ok")).length).toBeGreaterThanOrEqual(40);
    expect(run.status).toBe(0);
});

/**
 * `riotscript init` on a fresh machine, as a user gets it: the package is packed with
 * `npm pack`, a project is scaffolded into a temporary folder with that tarball as its
 * dependency, installed, and its own `npm test` and `npx riotscript run` must both work.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli, ROOT } from "./helpers";
import { acquireHostLock } from "../runtime/testing/lock";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";


test("init refuses a folder that is not empty", async () => {
    const r = await cli(["init", "test"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not empty");
});

test("a scaffolded project installs, passes its tests and runs its firmware", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "rs-init-"));
    const env = { ...process.env, npm_config_fund: "false", npm_config_audit: "false", npm_config_update_notifier: "false" };
    try {
        const packed = execFileSync(npm, ["pack", "--silent", "--pack-destination", work], { cwd: ROOT, env, encoding: "utf8" })
            .trim().split("\n").pop() as string;
        const tarball = path.join(work, packed);
        const project = path.join(work, "my-firmware");
        const init = await cli(["init", project, "--riotscript", tarball]);
        expect(init.code).toBe(0);
        expect(init.stdout).toContain("created");
        for (const f of ["package.json", "tsconfig.json", "src/main.ts", "test/main.test.ts", "README.md", ".gitignore",
            ".vscode/tasks.json"]) {
            expect(fs.existsSync(path.join(project, f))).toBe(true);
        }
        // the firmware is the udp-echo example, as packed
        expect(fs.readFileSync(path.join(project, "src", "main.ts"), "utf8"))
            .toBe(fs.readFileSync(path.join(ROOT, "examples", "udp-echo", "main.ts"), "utf8"));
        execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: project, env, stdio: "pipe" });
        // the project's own tests, in Node on the simulated network
        const test = execFileSync(npm, ["test", "--silent"], { cwd: project, env: { ...env, CI: "true" }, encoding: "utf8", stdio: "pipe" });
        void test;
        // the VS Code task's problem matcher reads every line of check's one-line output
        fs.writeFileSync(path.join(project, "src", "bad.ts"), "export function main(): number {\n    var x = 1;\n    return x == 1 ? 0 : 1;\n}\n");
        const check = spawnSync(path.join(project, "node_modules", ".bin", "riotscript"), ["check", "src/bad.ts", "--pretty", "false"],
            { cwd: project, env, encoding: "utf8" });
        expect(check.status).toBe(1);
        const task = JSON.parse(fs.readFileSync(path.join(project, ".vscode", "tasks.json"), "utf8")).tasks[0];
        const pattern = task.problemMatcher.pattern;
        const lines = check.stderr.trim().split("\n");
        expect(lines).toHaveLength(2);
        const matched = lines.map((l: string) => new RegExp(pattern.regexp).exec(l));
        expect(matched.map((m: RegExpExecArray | null) => m && [m[pattern.file], m[pattern.line], m[pattern.column], m[pattern.code]]))
            .toEqual([["src/bad.ts", "2", "5", "RS1001"], ["src/bad.ts", "3", "14", "RS1007"]]);
        fs.rmSync(path.join(project, "src", "bad.ts"));
        // and the firmware compiled to C and running on real sockets (port 12345: take turns)
        const release = await acquireHostLock();
        const child = spawn(path.join(project, "node_modules", ".bin", "riotscript"), ["run", "src/main.ts"],
            { cwd: project, env, stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        child.stdout.on("data", (d: Buffer) => { out += d.toString(); });
        child.stderr.on("data", (d: Buffer) => { out += d.toString(); });
        try {
            const reply = await echo("hello from the test", 30000);
            expect(reply).toBe("hello from the test");
        } finally {
            child.kill("SIGINT");
            await new Promise((r) => child.on("close", r));
            release();
        }
        expect(out).toContain("Received a message");
    } finally {
        fs.rmSync(work, { recursive: true, force: true });
    }
}, 600000);

/** Sends `text` to [::1]:12345 until an answer comes (the program may still be building). */
async function echo(text: string, withinMs: number): Promise<string | null> {
    const socket = dgram.createSocket("udp6");
    try {
        const deadline = Date.now() + withinMs;
        while (Date.now() < deadline) {
            const reply = await new Promise<string | null>((resolve) => {
                const t = setTimeout(() => resolve(null), 300);
                socket.once("message", (m) => { clearTimeout(t); resolve(m.toString()); });
                socket.send(text, 12345, "::1");
            });
            if (reply !== null) {
                return reply;
            }
        }
        return null;
    } finally {
        socket.close();
    }
}

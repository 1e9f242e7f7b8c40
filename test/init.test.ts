/**
 * `riotscript init` on a fresh machine, as a user gets it: the package is packed with
 * `npm pack`, and `npx --package=<tarball> riotscript init` (on an empty npm cache) makes a
 * project whose dependency is that tarball. It installs; its own `npm test`, `npx riotscript
 * run` and `build` work; and its editor (the project's tsserver) shows riotscript's errors.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli, ROOT } from "./helpers";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";


test("init refuses a folder that is not empty", async () => {
    const r = await cli(["init", "test"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not empty");
});

test("a project made by npx --package=<tarball> installs, passes its tests and runs its firmware, on a fresh npm cache", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "rs-init-"));
    // a fresh cache: nothing riotscript-shaped may come from this machine's earlier installs
    const cache = path.join(work, "npm-cache");
    const env: NodeJS.ProcessEnv = { ...process.env, npm_config_fund: "false", npm_config_audit: "false",
        npm_config_update_notifier: "false", npm_config_cache: cache, npm_config_yes: "true" };
    delete env.RIOTBASE;
    try {
        const packed = execFileSync(npm, ["pack", "--silent", "--pack-destination", work], { cwd: ROOT, env, encoding: "utf8" })
            .trim().split("\n").pop() as string;
        const tarball = path.join(work, packed);
        const empty = path.join(work, "empty");
        fs.mkdirSync(empty);
        // the README's getting-started path, word for word, from an empty folder with only the tarball
        const init = spawnSync(npx, [`--package=${tarball}`, "riotscript", "init", "my-firmware"],
            { cwd: empty, env, encoding: "utf8" });
        expect(init.stderr).not.toMatch(/Error|ERR!/);
        expect(init.status).toBe(0);
        const project = path.join(empty, "my-firmware");
        expect(init.stdout).toContain("created");
        for (const f of ["package.json", "tsconfig.json", "src/main.ts", "test/main.test.ts", "README.md", ".gitignore",
            ".vscode/tasks.json", ".vscode/settings.json"]) {
            expect(fs.existsSync(path.join(project, f))).toBe(true);
        }
        // the dependency is the tarball npx ran, not a registry version that does not exist
        const pkg = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8"));
        expect(pkg.dependencies.riotscript).toBe(`file:${tarball}`);
        // the firmware is the udp-echo example, as packed
        expect(fs.readFileSync(path.join(project, "src", "main.ts"), "utf8"))
            .toBe(fs.readFileSync(path.join(ROOT, "examples", "udp-echo", "main.ts"), "utf8"));
        execFileSync(npm, ["install"], { cwd: project, env, stdio: "pipe" });
        // the project's own tests, in Node on the simulated network
        execFileSync(npm, ["test", "--silent"], { cwd: project, env: { ...env, CI: "true" }, encoding: "utf8", stdio: "pipe" });
        const bin = path.join(project, "node_modules", ".bin", "riotscript");
        // the RIOT application is named after the project, and its Makefile asks for RIOTBASE
        const build = spawnSync(bin, ["build", "src/main.ts", "--board", "native64", "--no-make"], { cwd: project, env, encoding: "utf8" });
        expect(build.status).toBe(0);
        const makefile = fs.readFileSync(path.join(project, "out", "my_firmware-native64", "Makefile"), "utf8");
        expect(makefile).toMatch(/^APPLICATION = my_firmware$/m);
        expect(makefile).toContain("$(error RIOTBASE is not set");
        expect(makefile).not.toContain("RIOTBASE ?=");
        // the VS Code task's problem matcher reads every line of check's one-line output
        fs.writeFileSync(path.join(project, "src", "bad.ts"), "import { u8 } from \"riotscript\";\n"
            + "export function main(): number {\n    var x = u8(1);\n    return x == 1 ? 0 : 1;\n}\n");
        const check = spawnSync(bin, ["check", "src/bad.ts", "--pretty", "false"], { cwd: project, env, encoding: "utf8" });
        expect(check.status).toBe(1);
        const task = JSON.parse(fs.readFileSync(path.join(project, ".vscode", "tasks.json"), "utf8")).tasks[0];
        const pattern = task.problemMatcher.pattern;
        const lines = check.stderr.trim().split("\n");
        expect(lines).toHaveLength(2);
        const matched = lines.map((l: string) => new RegExp(pattern.regexp).exec(l));
        expect(matched.map((m: RegExpExecArray | null) => m && [m[pattern.file], m[pattern.line], m[pattern.column], m[pattern.code]]))
            .toEqual([["src/bad.ts", "3", "5", "RS1001"], ["src/bad.ts", "4", "14", "RS1007"]]);
        // the editor: the project's own tsserver loads the plugin from tsconfig.json and reports the same errors
        const diags = await tsserverDiagnostics(project, path.join(project, "src", "bad.ts"));
        expect(diags.filter((d) => d.source === "riotscript").map((d) => [d.code, d.start.line, d.start.offset]))
            .toEqual([[1001, 3, 5], [1007, 4, 14]]);
        fs.rmSync(path.join(project, "src", "bad.ts"));
        // and the firmware compiled to C and running on real sockets; `run` binds the port of
        // the source, so the project's 12345 becomes a free one, and nothing else on the machine matters
        const port = await freeUdpPort();
        const main = path.join(project, "src", "main.ts");
        fs.writeFileSync(main, fs.readFileSync(main, "utf8").replace(/12345/g, String(port)));
        const child = spawn(path.join(project, "node_modules", ".bin", "riotscript"), ["run", "src/main.ts"],
            { cwd: project, env, stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        child.stdout.on("data", (d: Buffer) => { out += d.toString(); });
        child.stderr.on("data", (d: Buffer) => { out += d.toString(); });
        try {
            const reply = await echo("hello from the test", port, 30000);
            expect(reply).toBe("hello from the test");
        } finally {
            child.kill("SIGINT");
            await new Promise((r) => child.on("close", r));
        }
        expect(out).toContain("Received a message");
        expect(fs.existsSync(path.join(project, ".riotscript", "host", "my_firmware", "my_firmware"))).toBe(true);
    } finally {
        fs.rmSync(work, { recursive: true, force: true });
    }
}, 900000);

interface ServerDiagnostic {
    readonly code: number;
    readonly source?: string;
    readonly text: string;
    readonly start: { line: number; offset: number };
}

/** The semantic diagnostics tsserver (the project's TypeScript) reports for `file`, plugins included. */
async function tsserverDiagnostics(project: string, file: string): Promise<ServerDiagnostic[]> {
    const server = spawn(process.execPath, [path.join(project, "node_modules", "typescript", "lib", "tsserver.js"),
        "--disableAutomaticTypingAcquisition"], { cwd: project, stdio: ["pipe", "pipe", "pipe"] });
    let buffer = "";
    const body = new Promise<ServerDiagnostic[]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`tsserver did not answer: ${buffer.slice(-2000)}`)), 120000);
        server.stdout.on("data", (d: Buffer) => {
            buffer += d.toString();
            for (const m of buffer.matchAll(/^\{.*\}$/gm)) {
                const msg = JSON.parse(m[0]);
                if (msg.type === "response" && msg.request_seq === 2) {
                    clearTimeout(timer);
                    resolve(msg.body as ServerDiagnostic[]);
                }
            }
        });
    });
    const send = (seq: number, command: string, args: unknown) =>
        server.stdin.write(`${JSON.stringify({ seq, type: "request", command, arguments: args })}\n`);
    send(1, "open", { file });
    send(2, "semanticDiagnosticsSync", { file });
    try {
        return await body;
    } finally {
        server.kill();
    }
}

/** A UDP port that is free on ::1 now. */
async function freeUdpPort(): Promise<number> {
    const socket = dgram.createSocket({ type: "udp6", ipv6Only: true });
    await new Promise<void>((resolve) => socket.bind(0, "::1", resolve));
    const { port } = socket.address();
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    return port;
}

/** Sends `text` to [::1]:port until an answer comes (the program may still be building). */
async function echo(text: string, port: number, withinMs: number): Promise<string | null> {
    const socket = dgram.createSocket("udp6");
    try {
        const deadline = Date.now() + withinMs;
        while (Date.now() < deadline) {
            const reply = await new Promise<string | null>((resolve) => {
                const t = setTimeout(() => resolve(null), 300);
                socket.once("message", (m) => { clearTimeout(t); resolve(m.toString()); });
                socket.send(text, port, "::1");
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

/**
 * `riotscript run --watch`: an edit rebuilds and restarts the program (the old one stops
 * first, so its port is free again); an edit with errors keeps the last good build running.
 * A real process, real files and a real UDP client.
 */
import { spawn } from "node:child_process";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "./helpers";

/** The echo example on a port of its own, so it needs no turn on the shared port 12345. */
const PORT = 20000 + (process.pid % 20000);

async function roundTrip(text: string, withinMs: number): Promise<string | null> {
    const socket = dgram.createSocket("udp6");
    try {
        const deadline = Date.now() + withinMs;
        while (Date.now() < deadline) {
            const reply = await new Promise<string | null>((resolve) => {
                const got = (m: Buffer) => { clearTimeout(t); resolve(m.toString()); };
                const t = setTimeout(() => { socket.off("message", got); resolve(null); }, 300);
                socket.once("message", got);
                socket.send(text, PORT, "::1");
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

async function until(what: () => boolean, withinMs: number): Promise<boolean> {
    const deadline = Date.now() + withinMs;
    while (!what() && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
    }
    return what();
}

test("run --watch restarts on an edit and keeps the last good build through a broken one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-watch-"));
    const entry = path.join(dir, "main.ts");
    const source = fs.readFileSync(path.join(ROOT, "examples", "udp-echo", "main.ts"), "utf8").replace(/12345/g, String(PORT));
    fs.writeFileSync(entry, source);
    const child = spawn(process.execPath, [path.join(ROOT, "compiler", "cli", "bin.js"), "run", "--watch", "main.ts"],
        { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let out = "";
    child.stdout.on("data", (d: Buffer) => { out += d.toString(); });
    child.stderr.on("data", (d: Buffer) => { out += d.toString(); });
    try {
        const first = await roundTrip("one", 30000);
        if (first !== "one") {
            throw new Error(`no echo; riotscript printed:\n${out}`);
        }
        expect(await until(() => out.includes("Received a message"), 5000)).toBe(true);
        // an edit: the new program answers, and prints what the new source says
        fs.writeFileSync(entry, source.replace("Received a message", "Got one"));
        expect(await until(() => out.includes("restarted"), 30000)).toBe(true);
        expect(await roundTrip("two", 10000)).toBe("two");
        expect(await until(() => out.includes("Got one"), 5000)).toBe(true);
        // a broken edit: the error is reported and the last good build goes on answering
        const mark = out.length;
        fs.writeFileSync(entry, source.replace("const remote", "var remote"));
        expect(await until(() => out.slice(mark).includes("last good build keeps running"), 30000)).toBe(true);
        expect(out.slice(mark)).toContain("RS1001");
        expect(await roundTrip("three", 5000)).toBe("three");
    } finally {
        child.kill("SIGINT");
        await new Promise((r) => child.on("close", r));
        fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(out).toContain("stopped");
    expect(child.exitCode ?? 130).toBe(130);
}, 120000);

/**
 * End to end: examples/dtls-echo against a stock `openssl s_client -dtls1_2 -psk`, first
 * compiled to C on the host port (OpenSSL inside), then as TypeScript in Node (riotscript's
 * own DTLS). Both must echo with the key, refuse a wrong key as tinydtls does (no answer to
 * its Finished, no alert), ignore garbage datagrams, and print the same lines.
 */
import { spawn } from "node:child_process";
import * as dgram from "node:dgram";
import * as path from "node:path";
import { buildHost } from "../../compiler/cli/main";
import { parseArgs, Parsed } from "../../compiler/cli/args";
import { closeAllSockets } from "../../runtime/node/backend";
import { acquireHostLock } from "../../runtime/testing/lock";
import { Child, have, ROOT, sleep } from "../helpers";

const ENTRY = "examples/dtls-echo/main.ts";
const PORT = 5684;
const enabled = have("openssl");
if (!enabled) {
    process.stderr.write("test/e2e/dtls-openssl: openssl is not installed; skipping\n");
}

interface Run {
    readonly code: number | null;
    readonly out: string;
    readonly err: string;
}

/** openssl s_client with a PSK: sends `line`, keeps the session for a moment, then ends. */
function sClient(keyText: string, line: string): Promise<Run> {
    return new Promise((resolve) => {
        const child = spawn("openssl", ["s_client", "-dtls1_2", "-psk", Buffer.from(keyText).toString("hex"),
            "-psk_identity", "Client_identity", "-cipher", "PSK-AES128-CCM8@SECLEVEL=0", "-connect", `[::1]:${PORT}`,
            "-quiet"], { stdio: ["pipe", "pipe", "pipe"] });
        let out = "";
        let err = "";
        // s_client does not end a DTLS session at the end of its input: stop it once the echo is back
        const kill = setTimeout(() => child.kill(), 5000);
        let stop: NodeJS.Timeout | undefined;
        child.stdout.on("data", (d: Buffer) => {
            out += d.toString();
            if (out.includes(line)) {
                stop ??= setTimeout(() => child.kill(), 100);
            }
        });
        child.stderr.on("data", (d: Buffer) => { err += d.toString(); });
        child.stdin.write(`${line}\n`);
        child.on("close", (code) => {
            clearTimeout(stop);
            clearTimeout(kill);
            resolve({ code, out, err });
        });
    });
}

async function garbage(): Promise<void> {
    const s = dgram.createSocket({ type: "udp6", ipv6Only: true });
    await new Promise<void>((r) => s.bind(0, "::1", r));
    for (const g of ["not dtls", "\x16\xfe\xfd\x00\x00", "\x17\xfe\xfd\x00\x01\x00\x00\x00\x00\x00\x09\x00\x02ab"]) {
        await new Promise<void>((r) => s.send(g, PORT, "::1", () => r()));
    }
    await sleep(100);
    s.close();
}

/** What both targets go through: the key works, a wrong key is refused, garbage is ignored. */
async function exchange(): Promise<{ echoed: string; refused: boolean; alert: boolean; afterGarbage: string }> {
    let first: Run = { code: null, out: "", err: "" };
    for (let i = 0; i < 20 && !first.out.includes("hello over dtls"); i++) {
        first = await sClient("secretPSK", "hello over dtls"); // the server may still be starting
    }
    const wrong = await sClient("wrongPSK", "must not arrive");
    await garbage();
    // tinydtls's 2 slots are held now: the first s_client was killed (no close_notify), the
    // wrong key's handshake never finished. The firmware resets its socks after 10 s of quiet.
    await sleep(11500);
    const again = await sClient("secretPSK", "after garbage");
    return {
        echoed: first.out.trim(),
        refused: wrong.code !== 0 && !wrong.out.includes("must not arrive"),
        alert: /alert decrypt error/.test(wrong.err),
        afterGarbage: again.out.trim(),
    };
}

(enabled ? describe : describe.skip)("dtls-echo with openssl s_client", () => {
    let release: () => void;
    beforeAll(async () => { release = await acquireHostLock(); });
    afterAll(() => release());

    let cLines: string[] = [];

    test("the compiled C (host port on OpenSSL) interoperates with s_client", async () => {
        const binary = await buildHost(ENTRY, parseArgs(["run", ENTRY]) as Parsed, {
            stdout: () => undefined, stderr: (t) => process.stderr.write(t), cwd: ROOT, env: process.env, color: false,
        });
        expect(typeof binary).toBe("string");
        const child = Child.start(binary as string);
        try {
            expect(await exchange()).toEqual({ echoed: "hello over dtls", refused: true, alert: false, afterGarbage: "after garbage" });
        } finally {
            await child.stop();
        }
        cLines = child.lines;
        expect(cLines.filter((l) => l === "new session")).toHaveLength(2);
    }, 60000);

    test("the TypeScript in Node (riotscript's DTLS) interoperates with s_client, and prints the same", async () => {
        const lines: string[] = [];
        const log = jest.spyOn(console, "log").mockImplementation((m: unknown) => { lines.push(String(m)); });
        const fw = await import(path.join(ROOT, ENTRY));
        try {
            expect(fw.main()).toBe(0);
            expect(await exchange()).toEqual({ echoed: "hello over dtls", refused: true, alert: false, afterGarbage: "after garbage" });
        } finally {
            closeAllSockets();
            log.mockRestore();
        }
        expect(lines).toEqual(cLines);
    }, 60000);
});

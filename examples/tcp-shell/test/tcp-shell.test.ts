/**
 * Tests of the TCP command shell, on every target: Node's simulated network, and the host
 * binary on loopback with Node's `net` as the client.
 */
import { boot, currentTarget, Firmware, TcpPeer } from "riotscript/testing";

const PORT = 2323;
const GREETING = "riotscript shell: type help\r\n";
/** The firmware's IDLE_MS and LINE_MAX. */
const IDLE_MS = 30000;
const LINE_MAX = 64;

let fw: Firmware;

beforeAll(async () => {
    fw = await boot("examples/tcp-shell/main.ts");
    await fw.waitForLine(`shell on port ${PORT}`);
});

afterAll(async () => {
    await fw.stop();
});

afterEach(() => {
    fw.expectNoFault();
});

/** A client that has read the greeting. */
async function client(): Promise<TcpPeer> {
    const c = await fw.tcp(PORT);
    expect(Buffer.from(await c.recv(GREETING.length, 2000)).toString()).toBe(GREETING);
    return c;
}

/** Sends a line and returns the reply line, without its "\r\n". */
async function ask(c: TcpPeer, line: string, end = "\n"): Promise<string> {
    await c.send(line + end);
    let text = "";
    while (!text.endsWith("\r\n")) {
        const b = await c.recv(1, 2000);
        if (b.length === 0) {
            break;
        }
        text += Buffer.from(b).toString("latin1");
    }
    return text.replace(/\r\n$/, "");
}

describe(`tcp-shell (${currentTarget()})`, () => {
    test("help, echo, count, uptime", async () => {
        const c = await client();
        expect(await ask(c, "help")).toBe("commands: help echo add set get count uptime quit");
        expect(await ask(c, "echo hello, shell")).toBe("hello, shell");
        expect(await ask(c, "echo")).toBe("");
        expect(await ask(c, "count")).toBe("4"); // this one included
        expect(await ask(c, "uptime")).toMatch(/^\d+ ms$/);
        await c.close();
    });

    test("add parses signed integers, and says when they are not", async () => {
        const c = await client();
        expect(await ask(c, "add 2 40")).toBe("42");
        expect(await ask(c, "add -7 3")).toBe("-4");
        expect(await ask(c, "add 1000000000 1000000000")).toBe("2000000000");
        expect(await ask(c, "add -1000000000 -1000000000")).toBe("-2000000000");
        for (const bad of ["add", "add 1", "add x 2", "add 1 2x", "add 1000000001 0", "add - 1", "add 99999999999 1", "add 1  2"]) {
            expect(await ask(c, bad)).toBe("error: add takes two integers");
        }
        await c.close();
    });

    test("set and get are per connection, and CRLF line ends are accepted", async () => {
        const a = await client();
        const b = await client();
        // each connection is logged with its peer, as RIOT's ipv6_addr_to_str writes the address
        const peers = fw.output.filter((l) => l.startsWith("client connected from "));
        expect(peers.length).toBeGreaterThanOrEqual(2);
        for (const l of peers) {
            expect(l).toMatch(/^client connected from \[[0-9a-f:]+\]:\d+$/);
        }
        expect(await ask(a, "set 17", "\r\n")).toBe("ok");
        expect(await ask(b, "set -5")).toBe("ok");
        expect(await ask(a, "get")).toBe("17");
        expect(await ask(b, "get", "\r\n")).toBe("-5");
        expect(await ask(a, "set many")).toBe("error: set takes an integer");
        expect(await ask(a, "get")).toBe("17");
        expect(await ask(b, "count")).toBe("3");
        await a.close();
        await b.close();
    });

    test("unknown commands and overlong lines get an error; the session goes on", async () => {
        const c = await client();
        expect(await ask(c, "frobnicate now")).toBe("error: unknown command (try help)");
        expect(await ask(c, "x".repeat(LINE_MAX))).toBe("error: unknown command (try help)");
        expect(await ask(c, "echo " + "y".repeat(500))).toBe("error: line too long");
        expect(await ask(c, "echo still here")).toBe("still here");
        await c.send("\n"); // an empty line gets no reply
        expect(await ask(c, "count")).toBe("5");
        await c.close();
    });

    test("binary junk does no harm", async () => {
        const c = await client();
        await c.send(Uint8Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff));
        await c.send("\necho ok\n");
        // the junk's lines get their errors first, then the echo
        let text = "";
        while (!text.endsWith("\r\nok\r\n")) {
            const b = await c.recv(1, 2000);
            expect(b.length).toBe(1);
            text += Buffer.from(b).toString("latin1");
        }
        expect(text.split("\r\n").slice(0, -2).every((l) => l.startsWith("error: "))).toBe(true);
        await c.close();
    });

    test("several commands in one segment, and one command across several", async () => {
        const c = await client();
        await c.send("set 3\nget\nco");
        expect(Buffer.from(await c.recv(6, 2000)).toString()).toBe("ok\r\n3\r");
        await c.recv(1, 2000);
        await c.send("unt\n");
        expect(Buffer.from(await c.recv(3, 2000)).toString()).toBe("3\r\n");
        await c.close();
    });

    test("quit says bye and the server closes", async () => {
        const c = await client();
        expect(await ask(c, "quit")).toBe("bye");
        expect(await c.closed(2000)).not.toBeNull();
        await fw.waitForLine("client quit");
    });

    test("a client that half-closes after its command is served, then closed (nc -N)", async () => {
        const c = await client();
        await c.send("add 1 2\n");
        await c.end();
        expect(Buffer.from(await c.recv(3, 2000)).toString()).toBe("3\r\n");
        expect(await c.closed(2000)).not.toBeNull();
    });

    test("four clients at once; a fifth is refused; a silent client is closed after IDLE_MS", async () => {
        await fw.advance(500); // the closes of the tests above are taken in
        const four = [await client(), await client(), await client(), await client()];
        const fifth = await fw.tcp(PORT);
        expect(await fifth.closed(2000)).not.toBeNull();
        for (const [i, c] of four.entries()) {
            expect(await ask(c, `add ${i} 1`)).toBe(`${i + 1}`);
        }
        await fw.advance(IDLE_MS + 1500);
        for (const c of four) {
            expect(Buffer.from(await c.recv(11, 2000)).toString()).toBe("idle: bye\r\n");
            expect(await c.closed(2000)).not.toBeNull();
        }
        const next = await client();
        expect(await ask(next, "echo served")).toBe("served");
        await next.close();
    });
});

/**
 * Tests of the CoAP server, on every target, with a CoAP client written here from RFC 7252
 * (the header, the token, options with extended deltas and lengths, the payload marker).
 */
import { boot, currentTarget, Firmware, UdpPeer } from "riotscript/testing";

const PORT = 5683;
const CON = 0;
const NON = 1;
const ACK = 2;
const RST = 3;
const GET = 1;
const POST = 2;
const URI_PATH = 11;

type Option = [number, Uint8Array | string];

/** One option's bytes after the previous option number `prev`. */
function optionBytes(prev: number, num: number, value: Uint8Array): number[] {
    const nibble = (x: number): [number, number[]] => (x < 13 ? [x, []] : x < 269 ? [13, [x - 13]] : [14, [(x - 269) >> 8, (x - 269) & 0xff]]);
    const [d, dx] = nibble(num - prev);
    const [l, lx] = nibble(value.length);
    return [(d << 4) | l, ...dx, ...lx, ...value];
}

function message(type: number, code: number, mid: number, token: number[], options: Option[], payload?: string): Uint8Array {
    const out = [0x40 | (type << 4) | token.length, code, mid >> 8, mid & 0xff, ...token];
    let prev = 0;
    for (const [num, v] of options) {
        out.push(...optionBytes(prev, num, typeof v === "string" ? Buffer.from(v) : v));
        prev = num;
    }
    if (payload !== undefined) {
        out.push(0xff, ...Buffer.from(payload));
    }
    return Uint8Array.from(out);
}

function path(p: string): Option[] {
    return p.split("/").filter((s) => s !== "").map((s): Option => [URI_PATH, s]);
}

interface Reply {
    type: number;
    code: number;
    mid: number;
    token: number[];
    options: [number, Buffer][];
    payload: string;
}

function parse(d: Uint8Array): Reply {
    expect(d[0] >> 6).toBe(1);
    const tkl = d[0] & 15;
    const r: Reply = { type: (d[0] >> 4) & 3, code: d[1], mid: (d[2] << 8) | d[3], token: [...d.subarray(4, 4 + tkl)], options: [], payload: "" };
    let at = 4 + tkl;
    let num = 0;
    while (at < d.length && d[at] !== 0xff) {
        const delta = d[at] >> 4;
        const len = d[at] & 15;
        at++;
        expect(delta).toBeLessThan(13); // the server's options are small
        expect(len).toBeLessThan(13);
        num += delta;
        r.options.push([num, Buffer.from(d.subarray(at, at + len))]);
        at += len;
    }
    if (at < d.length) {
        r.payload = Buffer.from(d.subarray(at + 1)).toString();
    }
    return r;
}

let fw: Firmware;
let peer: UdpPeer;

beforeAll(async () => {
    fw = await boot("examples/coap-server/main.ts");
    await fw.waitForLine(`CoAP server on port ${PORT}`);
    peer = await fw.udp();
});

afterAll(async () => {
    await peer.close();
    await fw.stop();
});

afterEach(() => {
    fw.expectNoFault();
});

async function exchange(msg: Uint8Array, from = peer): Promise<Uint8Array> {
    await from.send(msg, PORT);
    const r = await from.recv(2000);
    expect(r).not.toBeNull();
    return (r as { data: Uint8Array }).data;
}

async function count(type = CON, mid = 500, from = peer): Promise<number> {
    const r = parse(await exchange(message(type, GET, mid, [9], path("count")), from));
    expect(r.code).toBe(69);
    return Number(r.payload);
}

describe(`coap-server (${currentTarget()})`, () => {
    test("a CON GET gets a piggy-backed ACK: 2.05, the same message ID and token, text/plain", async () => {
        const r = parse(await exchange(message(CON, GET, 0x1234, [0xde, 0xad, 0xbe, 0xef], path("hello"))));
        expect(r).toEqual({ type: ACK, code: 69, mid: 0x1234, token: [0xde, 0xad, 0xbe, 0xef], options: [[12, Buffer.alloc(0)]], payload: "hello, world" });
    });

    test("a NON GET gets a NON response with the server's own message ID", async () => {
        const a = parse(await exchange(message(NON, GET, 7, [1], path("hello"))));
        const b = parse(await exchange(message(NON, GET, 7, [2], path("hello"))));
        expect([a.type, a.code, a.token, a.payload]).toEqual([NON, 69, [1], "hello, world"]);
        expect(b.token).toEqual([2]);
        expect(b.mid).toBe((a.mid + 1) & 0xffff);
    });

    test("/.well-known/core lists the resources in link format (ct 40), with an 8-byte token", async () => {
        const token = [1, 2, 3, 4, 5, 6, 7, 8];
        const r = parse(await exchange(message(CON, GET, 2, token, path(".well-known/core"))));
        expect(r.token).toEqual(token);
        expect(r.options).toEqual([[12, Buffer.from([40])]]);
        expect(r.payload).toBe("</hello>;ct=0,</uptime>;ct=0,</count>;ct=0");
    });

    test("uptime is a number of milliseconds", async () => {
        const r = parse(await exchange(message(CON, GET, 3, [], path("uptime"))));
        expect(r.payload).toMatch(/^\d+$/);
    });

    test("4.04 for other paths, 4.05 for other methods, 4.02 for an unknown critical option", async () => {
        for (const p of ["nothing", "hello/more", ".well-known", ".well-known/other", "core"]) {
            const r = parse(await exchange(message(CON, GET, 10, [5], path(p))));
            expect([r.type, r.code, r.mid, r.token, r.payload]).toEqual([ACK, 132, 10, [5], ""]);
        }
        expect(parse(await exchange(message(CON, GET, 11, [], []))).code).toBe(132); // no path at all
        expect(parse(await exchange(message(CON, POST, 12, [], path("hello"), "x"))).code).toBe(133);
        expect(parse(await exchange(message(CON, GET, 13, [], [...path("hello"), [19, "x"]]))).code).toBe(130);
        // elective options (even numbers) and Uri-Query are ignored
        expect(parse(await exchange(message(CON, GET, 14, [], [...path("hello"), [15, "a=1"], [60, "2"]]))).payload).toBe("hello, world");
    });

    test("options with extended deltas and lengths are read", async () => {
        const long = "x".repeat(20); // length 13 + 7
        expect(parse(await exchange(message(CON, GET, 20, [], [[URI_PATH, long]]))).code).toBe(132);
        const r = parse(await exchange(message(CON, GET, 21, [], [...path("hello"), [300, "e"]]))); // delta 14 + 16 bits, elective
        expect(r.payload).toBe("hello, world");
    });

    test("a retransmitted CON gets the same ACK again and is not counted twice; another peer's is its own", async () => {
        const first = await count(CON, 0x0101);
        const again = await exchange(message(CON, GET, 0x0101, [9], path("count")));
        expect(Number(parse(again).payload)).toBe(first);
        expect(await count(CON, 0x0102)).toBe(first + 1);
        const other = await fw.udp();
        expect(await count(CON, 0x0101, other)).toBe(first + 2); // same message ID, another peer
        await other.close();
        // the cache keeps 8 answers: after 8 more exchanges the first is forgotten
        for (let i = 0; i < 8; i++) {
            await count(CON, 0x0200 + i);
        }
        expect(await count(CON, 0x0101)).toBe(first + 11);
    });

    test("a CoAP ping (an empty CON) gets a RST; ACKs and RSTs get nothing", async () => {
        expect([...await exchange(message(CON, 0, 0x4242, [], []))]).toEqual([0x70, 0, 0x42, 0x42]);
        for (const type of [ACK, RST]) {
            await peer.send(message(type, 0, 5, [], []), PORT);
        }
        expect(await peer.recv(300)).toBeNull();
    });

    test("malformed messages: a RST for a CON, nothing otherwise, 4.00 for cut-off options", async () => {
        expect([...await exchange(Uint8Array.from([0x49, 1, 0, 9]))]).toEqual([0x70, 0, 0, 9]); // token length 9
        for (const junk of [[], [0x40], [0x40, 1, 0], [0x80, 1, 0, 1], [0x59, 1, 0, 1], [0x52, 1, 0, 1, 7]]) {
            await peer.send(Uint8Array.from(junk), PORT);
        }
        expect(await peer.recv(300)).toBeNull();
        // an option that says 5 bytes where 2 are left; a delta of 15
        for (const cut of [[0x40, 1, 0, 30, 0xb5, 104, 105], [0x40, 1, 0, 31, 0xf0]]) {
            expect(parse(await exchange(Uint8Array.from(cut))).code).toBe(128);
        }
        expect(parse(await exchange(message(CON, GET, 40, [], path("hello")))).payload).toBe("hello, world");
    });

    test("random datagrams never crash it", async () => {
        let seed = 12345;
        const rand = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed >>> 16; };
        for (let i = 0; i < 300; i++) {
            const d = Uint8Array.from({ length: rand() % 40 }, () => rand() & 0xff);
            if (d.length > 0) {
                d[0] = (d[0] & 0x3f) | 0x40; // version 1, so the parser runs
            }
            await peer.send(d, PORT);
            while (await peer.recv(5) !== null) { /* answers, if any */ }
        }
        await fw.advance(200);
        while (await peer.recv(50) !== null) { /* late answers */ }
        expect(parse(await exchange(message(CON, GET, 41, [], path("hello")))).payload).toBe("hello, world");
    });
});

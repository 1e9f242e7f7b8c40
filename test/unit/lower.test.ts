/**
 * Lowering decisions a user can see in the C: bounds checks kept or proven away, the
 * endpoint left uninitialised only when it is written before it is read, and #line
 * directives in debug builds.
 */
import { compile, formatDiagnostic } from "../../compiler/index";
import { compileText, fsHost } from "../helpers";

const PRELUDE = `import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const queue = new EventQueue();
const sock = new UdpSock();
const buf = new Uint8Array(64);
`;

/** The C for a handler `h`, which main installs so that it is part of the program. */
function c(body: string): string {
    const r = compileText(PRELUDE + body + "\nexport function main(): number { queue.init(); sock.eventInit(queue, h, null); "
        + "return 0; }\n");
    expect(r.diagnostics).toEqual([]);
    return r.files.get("main.c") as string;
}

test("an unproven send length gets a check that names the .ts line", () => {
    const out = c(`function h(s: UdpSock, f: SockAsync, a: null): void {
    const remote = new UdpEndpoint();
    const n = s.recv(buf, 0, remote);
    s.send(buf, n, remote);
}`);
    // n <= 64 is proven by recv, n >= 0 is not: one unsigned compare checks both
    expect(out).toContain('sock_udp_send(s, buf, ((void)_index(n, 65, "test/inline/main.ts:8: send: length outside the buffer"), (size_t)n), &remote);');
    expect(out).toContain("core_panic(PANIC_GENERAL_ERROR, where);");
    // remote is read without a guard proving recv succeeded: it must be zeroed
    expect(out).toContain("sock_udp_ep_t remote = { 0 };");
});

test("an early return proves the length and drops the check", () => {
    const out = c(`function h(s: UdpSock, f: SockAsync, a: null): void {
    const remote = new UdpEndpoint();
    const n = s.recv(buf, 0, remote);
    if (n < 0) {
        return;
    }
    s.send(buf, n, remote);
}`);
    expect(out).not.toContain("core_panic");
    expect(out).toContain("sock_udp_send(s, buf, n, &remote);");
});

test("a length larger than the buffer is not proven", () => {
    const out = c(`function h(s: UdpSock, f: SockAsync, a: null): void {
    s.send(buf, 65, null);
}`);
    expect(out).toContain('_index(65, 65, "test/inline/main.ts:6: send: length outside the buffer")');
});

test("--debug emits #line directives pointing at the .ts file", () => {
    const r = compile("examples/udp-echo/main.ts", fsHost(), { debug: true });
    expect(r.files.get("main.c")).toMatch(/#line 14 "examples\/udp-echo\/main.ts"\n\s+const|#line 14 "examples\/udp-echo\/main.ts"/);
});

test("template literals become one printf with the C type's conversion", () => {
    const out = c(`function h(s: UdpSock, f: SockAsync, a: null): void {
    const n = s.recv(buf, 0, null);
    console.log(\`got \${n} bytes, 100% sure\`);
}`);
    expect(out).toContain('printf("got %zd bytes, 100%% sure\\n", n);');
});

test("an unexpected exception in a stage is an internal error at the statement, not a stack trace", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ExprLowerer } = require("../../compiler/lower/expr") as typeof import("../../compiler/lower/expr");
    const spy = jest.spyOn(ExprLowerer.prototype, "cond").mockImplementation(() => {
        throw new TypeError("simulated bug");
    });
    try {
        const r = compileText("export function main(): number {\n    const x = 1;\n    if (x > 0) {\n        return 1;\n    }\n    return 0;\n}\n");
        expect(r.ok).toBe(false);
        expect(r.diagnostics).toHaveLength(1);
        const [d] = r.diagnostics;
        expect(d.code).toBe(9001);
        expect(d.span?.line).toBe(3);
        expect(d.message).toContain("simulated bug");
        expect(formatDiagnostic(d, { pretty: true, color: false, sources: r.sources })).toContain("This is a bug in riotscript");
    } finally {
        spy.mockRestore();
    }
});

test("a product that fits int32_t is computed at C's own width inside u32(...), as hand-written C does", () => {
    const r = compileText(`import { i8, u32 } from "riotscript";
const x = new Int8Array(16);
function energy(v: Int8Array): u32 {
    let sum: u32 = 0;
    for (let i = 0; i < v.length; i++) {
        sum = u32(sum + v[i] * v[i]);
    }
    return sum;
}
export function main(): number {
    x[0] = i8(-128);
    console.log(\`\${energy(x)}\`);
    return 0;
}
`);
    expect(r.diagnostics).toEqual([]);
    const out = r.files.get("main.c") as string;
    // i8 * i8 lies within [-16256, 16384]: exact in int, then wrapped (gcc vectorises this form)
    expect(out).toContain("sum += (uint32_t)(v[i] * v[i]);");
    // a product that may leave int32_t still runs on uint32_t, where C wraps it
    const wide = compileText(`import { u32 } from "riotscript";
export function main(): number {
    let a: u32 = 70000;
    a = u32(a + a * a);
    console.log(\`\${a}\`);
    return 0;
}
`);
    expect(wide.diagnostics).toEqual([]);
    expect(wide.files.get("main.c")).toMatch(/a \* a/);
    expect(wide.files.get("main.c")).not.toMatch(/\(uint32_t\)\(a \* a\)/);
});

test("=== on two objects of one class is identity: a pointer comparison", () => {
    const r = compileText(`import { i32, EventQueue, SockAsync, SockFlags, structArray, TcpEndpoint, TcpQueue, TcpSock } from "riotscript";
const queue = new EventQueue();
const listener = new TcpQueue();
const conns = structArray(TcpSock, 4);
function slotOf(conn: TcpSock): i32 {
    for (let i = 0; i < conns.length; i++) {
        if (conns[i] === conn) {
            return i;
        }
    }
    return -1;
}
function onConn(conn: TcpSock, flags: SockAsync, arg: null): void {
    console.log(\`slot \${slotOf(conn)} \${conn !== conns[0] ? 1 : 0}\`);
}
function onListen(q: TcpQueue, flags: SockAsync, arg: null): void {
    const c = q.accept(0);
    if (c !== null) {
        c.eventInit(queue, onConn, null);
    }
}
export function main(): number {
    const local = TcpEndpoint.ipv6Any(1);
    queue.init();
    if (listener.listen(local, conns, SockFlags.NONE) < 0) {
        return 1;
    }
    listener.eventInit(queue, onListen, null);
    return 0;
}
`);
    expect(r.diagnostics).toEqual([]);
    const out = r.files.get("main.c") as string;
    expect(out).toContain("if (&conns[i] == conn) {");
    expect(out).toContain("conn != &conns[0]");
    // objects of different classes are never the same object: an error (TypeScript's own here), not a constant
    const bad = compileText(`import { EventQueue, UdpSock } from "riotscript";
const queue = new EventQueue();
const sock = new UdpSock();
export function main(): number {
    console.log(\`\${queue === sock ? 1 : 0}\`);
    return 0;
}
`);
    expect(bad.diagnostics.map((d) => `${d.source}${d.code}`)).toEqual(["TS2367"]);
});

test("a bytes() table only read is static const (flash); one the program writes is static (RAM)", () => {
    const r = compileText(`import { bytes, bytesEqual, i32 } from "riotscript";
const GET = bytes("GET");
const SCRATCH = bytes("abc");
const buf = new Uint8Array(8);
export function main(): number {
    SCRATCH[0] = 65;
    const word = buf.subarray(0, 3);
    const n: i32 = bytesEqual(word, GET) ? 1 : 0;
    return n + SCRATCH[0] + GET.length;
}
`);
    expect(r.diagnostics).toEqual([]);
    const out = r.files.get("main.c") as string;
    expect(out).toContain("static const uint8_t rs_GET[3] = { 71, 69, 84 };");
    expect(out).toContain("static uint8_t rs_SCRATCH[3] = { 97, 98, 99 };");
    expect(out).toContain("memcmp(word, rs_GET, 3) == 0");
});

test("a handler's object argument keeps RIOT's void * in the signature and is typed first thing", () => {
    const r = compileText(`import { EventCallback, EventQueue, structArray, u32 } from "riotscript";
class Slot { hits: u32 = 0; }
const queue = new EventQueue();
const slots = structArray(Slot, 2);
const ev = new EventCallback();
function onEvent(s: Slot): void {
    if (s.hits < 10) { s.hits++; }
}
export function main(): number {
    queue.init();
    ev.init(onEvent, slots[1]);
    ev.post(queue);
    queue.loop();
    return 0;
}
`);
    expect(r.diagnostics).toEqual([]);
    const out = r.files.get("main.c") as string;
    expect(out).toContain("static void onEvent(void *s_arg)\n{\n    Slot_t *s = s_arg;");
    expect(out).toContain("event_callback_init(&ev, onEvent, &slots[1]);");
});

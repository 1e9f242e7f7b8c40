import { bytes, bytesEqual, i32, u8, u32, writeText } from "riotscript";

// Text as bytes: bytes() tables (read-only in flash, or written and in RAM), the length and
// charCodeAt of const strings, writeText with truncation at the end of the buffer and at an
// offset, and bytesEqual against tables, views and strings.

const GET = bytes("GET");
const HELLO = bytes("héllo\n"); // UTF-8: é is two bytes
const SCRATCH = bytes("abc"); // written below: a static table in RAM
const KEY = "temp";
const E_ACUTE = bytes("é");
const buf = new Uint8Array(16);

function show(what: string, n: u32): void {
    let line: u32 = 0;
    for (let i: u32 = 0; i < n; i++) {
        line = u32(line * 31 + buf[i]);
    }
    console.log(`${what}: ${n} bytes, hash ${line}, first ${buf[0]}, last ${n > 0 ? buf[n - 1] : -1}`);
}

function code(i: i32): i32 {
    if (i < 0 || i >= KEY.length) {
        return -1;
    }
    return KEY.charCodeAt(i);
}

export function main(): number {
    console.log(`GET ${GET.length} ${GET[0]} ${GET[2]}`);
    console.log(`HELLO ${HELLO.length} ${HELLO[1]} ${HELLO[2]}`);
    console.log(`KEY ${KEY.length} ${KEY.charCodeAt(0)} ${"é".charCodeAt(0)} ${"Zz".length}`);
    for (let i = -1; i <= 4; i++) {
        console.log(`code(${i}) = ${code(i)}`);
    }
    SCRATCH[1] = 66;
    console.log(`SCRATCH ${SCRATCH[0]} ${SCRATCH[1]} ${SCRATCH[2]}`);

    buf.fill(46);
    let n = writeText(buf, 0, "hi");
    show("plain", n);
    const v: i32 = -2147483647 - 1;
    const w: u32 = 4294967295;
    n = writeText(buf, 0, `v=${v}`);
    show("i32 min", n);
    n = writeText(buf, 0, `w=${w} and more than fits`);
    show("truncated", n);
    for (let at = 0; at <= buf.length; at += 5) {
        const k = writeText(buf, at, `${at}:${at > 7}`);
        console.log(`at ${at}`);
        show("  at", u32(at + k));
    }
    const tail = buf.subarray(10, 16);
    n = writeText(tail, 2, `x${u8(300)}yz`);
    console.log(`tail ${n} ${buf[12]} ${buf[15]}`);

    const word = buf.subarray(0, 3);
    word[0] = 71;
    word[1] = 69;
    word[2] = 84;
    console.log(`equal ${bytesEqual(word, GET)} ${bytesEqual(word, "GET")} ${bytesEqual(word, "GE")} ${bytesEqual(GET, "GEX")}`);
    const none = buf.subarray(4, 4);
    console.log(`empty ${bytesEqual(none, "")} ${bytesEqual(word, "")}`);
    const e = HELLO.subarray(1, 3);
    console.log(`utf ${bytesEqual(e, "é")} ${E_ACUTE.length} ${bytesEqual(e, E_ACUTE)}`);
    return 0;
}

import { i32, u32 } from "riotscript";

// fill on byte arrays and views: whole arrays, a view of a part (the rest untouched), values
// outside the element's range (stored modulo 256, as JavaScript does), and signed bytes.

const buf = new Uint8Array(12);
const sbuf = new Int8Array(5);

function sum(): u32 {
    let s: u32 = 0;
    for (let i = 0; i < buf.length; i++) {
        s = u32(s + buf[i]); // at most 12 * 255: it never wraps
    }
    return s;
}

function show(what: string): void {
    console.log(what);
    for (let i = 0; i < buf.length; i++) {
        console.log(`  ${i}: ${buf[i]}`);
    }
    console.log(`  sum ${sum()}`);
}

export function main(): number {
    buf.fill(7);
    show("fill 7");
    const part = buf.subarray(3, 9);
    part.fill(200);
    show("part 200");
    let v: i32 = -1;
    buf.fill(v);
    show("fill -1");
    v = 263;
    part.fill(v);
    show("part 263");
    const empty = buf.subarray(4, 4);
    empty.fill(1);
    show("empty view");
    sbuf.fill(-3);
    console.log(`sbuf ${sbuf[0]} ${sbuf[4]}`);
    sbuf.fill(255);
    console.log(`sbuf ${sbuf[0]} ${sbuf[4]}`);
    return 0;
}

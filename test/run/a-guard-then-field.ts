import { i32, u8 } from "riotscript";

// A test on a field that returns early, with an else branch storing the field: after the if,
// the bound no longer holds, so the index is checked, and faults in Node and in C alike
// (found by review: the bound was kept).

class Cursor {
    pos: i32 = 3;
}

const buf = new Uint8Array(16);
const cur = new Cursor();

function probe(step: i32): u8 {
    if (cur.pos < 0 || cur.pos > 10) {
        return 0;
    } else {
        cur.pos = cur.pos + step;
    }
    return buf[cur.pos];
}

export function main(): number {
    buf.fill(7);
    console.log(`probe ${probe(2)}`);
    const r = probe(buf[1] * 9);
    console.log(`probe ${r} pos ${cur.pos}`);
    return 0;
}

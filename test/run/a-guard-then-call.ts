import { i32, u8 } from "riotscript";

// A test that returns early, with an else branch that calls a function changing the tested
// module-level variable: after the if, the test's bound no longer holds, so the index is
// checked, and faults in Node and in C alike (found by review: the bound was kept).

const buf = new Uint8Array(16);
let g: i32 = 5;

function bump(): void {
    g = buf[0] * 10;
}

function probe(): u8 {
    if (g < 0 || g > 10) {
        return 0;
    } else {
        bump();
    }
    return buf[g];
}

export function main(): number {
    buf.fill(7);
    console.log(`g ${g}`);
    const r = probe();
    console.log(`probe ${r} g ${g}`);
    return 0;
}

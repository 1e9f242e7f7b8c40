import { u8, i32 } from "riotscript";

// What conditions prove must not outlive an assignment in the other branch. Regression test:
// after `if (x < 0) { return; } else { x = x - 10; }` x may be negative again, so a store into
// u8 needs its own test, and table[i] below keeps its bounds check. Ends on purpose with an
// index out of range (pick(2) reads table[-2]), which both Node and C must report.

const table = new Uint8Array(16);

function clampLow(x0: i32): i32 {
    let x = x0;
    if (x < 0) {
        return -1;
    } else {
        x = x - 10;
    }
    if (x >= 0 && x < 256) {
        const y: u8 = x;
        console.log(`clampLow ${x0} -> ${y}`);
    } else {
        console.log(`clampLow ${x0} out ${x}`);
    }
    return x;
}

function pick(i0: i32): i32 {
    let i = i0;
    if (i >= 0) {
        i = i - 4;
    } else {
        return -1;
    }
    if (i < 16) {
        return table[i];
    }
    return 0;
}

export function main(): number {
    for (let k = 0; k < 16; k++) {
        table[k] = k * 3;
    }
    const a = clampLow(30);
    const b = clampLow(-4);
    const c = clampLow(3);
    const d = clampLow(300);
    console.log(`r ${a} ${b} ${c} ${d}`);
    for (let k = 4; k < 24; k += 3) {
        console.log(`pick ${k} ${pick(k)}`);
    }
    console.log(`pick ${pick(-1)}`);
    console.log(`pick ${pick(2)}`);
    console.log("not reached");
    return 0;
}

import { i32, u8, u16 } from "riotscript";

// Accumulators: sums and counts in loops whose head bounds the trips. Over module arrays,
// over 'as const' tables passed as readonly views (their longest length comes from the
// calls), a u8 sum that provably fits, a boolean table, and a count under a condition.

const buf = new Uint8Array(64);
const A = [1, 2, 3] as const;
const W = [1000, 2000, 3] as const;
const B = [true, false, true, true] as const;

function sum8(t: readonly u8[]): i32 {
    let s = 0;
    for (const x of t) {
        s += x;
    }
    return s;
}

function sum16(t: readonly u16[]): i32 {
    let s = 0;
    for (let i = 0; i < t.length; i++) {
        s = s + t[i];
    }
    return s;
}

function count(t: readonly boolean[]): i32 {
    let n = 0;
    for (const x of t) {
        if (x) {
            n++;
        }
    }
    return n;
}

export function main(): number {
    for (let i = 0; i < buf.length; i++) {
        buf[i] = (i * 97 + 5) & 0xff;
    }
    let total = 0;
    let big = 0;
    for (let i = 0; i < buf.length; i++) {
        total += buf[i];
        if (buf[i] > 128) {
            big++;
        }
    }
    let small: u8 = 0;
    for (let k = 0; k < 3; k++) {
        small += A[k] * 10;
    }
    const a = sum8(A);
    const w = sum16(W);
    const c = count(B);
    console.log(`total ${total} big ${big} small ${small} a ${a} w ${w} c ${c}`);
    return 0;
}

import { i32, u32 } from "riotscript";

// Loop-carried variables keep the bounds their stores stay in: a decimal parser whose guard
// keeps v * 10 + d inside int32_t, a fill count bounded by the loop condition and then
// extended, an else branch that sees what was known before the if, a for counter that is a
// u32 because its bound is, Math.min and const temporaries as index bounds.

const digits = new Uint8Array(12);
const out = new Uint8Array(16);
let parsed: i32 = 0;

function parse(len: i32): boolean {
    let v: i32 = 0;
    let negative = false;
    let i = 0;
    if (len > 0 && digits[0] === 45) {
        negative = true;
        i = 1;
    }
    if (i >= len || len > digits.length) {
        return false;
    }
    for (; i < len; i++) {
        const d = digits[i] - 48;
        if (d < 0 || d > 9 || v > 100000000) {
            return false;
        }
        v = v * 10 + d;
    }
    parsed = negative ? -v : v;
    return true;
}

const LIMITS = [0, 3, 14, 20] as const;

function load(n: i32): void {
    digits.fill(0);
    for (let k = 0; k < n && k < digits.length; k++) {
        digits[k] = 48 + ((k * 7 + n) % 10);
    }
}

function copyUpTo(limit: u32): u32 {
    let n: u32 = 0;
    for (let i: u32 = 0; i < limit && n < out.length - 2; i++) {
        out[n] = 65 + (i % 26);
        n++;
    }
    out[n] = 13; // n is at most 14 here
    n++;
    out[n] = 10;
    n++;
    return n;
}

function branches(which: i32): u32 {
    let n: u32 = 0;
    if (which === 0) {
        n = 5;
    } else {
        while (n < 3) {
            n++;
        }
    }
    return n + 4294967290;
}

function sumTo(n: u32): u32 {
    let s: u32 = 0;
    for (let i = 0; i < n; i++) {
        s = u32(s + i);
    }
    return s;
}

function window(start: i32, end: i32): i32 {
    const stop = Math.min(end, out.length);
    let s = 0;
    for (let i = Math.max(start, 0); i < stop; i++) {
        const o = i;
        s = i32(s + out[o]);
    }
    return s;
}

export function main(): number {
    for (let n = 1; n <= 12; n++) {
        load(n);
        const ok = parse(n);
        console.log(`parse ${n} digits: ${ok} ${ok ? parsed : 0}`);
    }
    digits[0] = 45;
    digits[1] = 57;
    const minus = parse(2);
    console.log(`parse -9: ${minus} ${parsed}`);
    for (const limit of LIMITS) {
        const n = copyUpTo(limit);
        console.log(`copy ${limit}: ${n} ${out[0]} ${out[n - 1]}`);
    }
    const b0 = branches(0);
    const b1 = branches(1);
    console.log(`branches ${b0} ${b1}`);
    const s10 = sumTo(10);
    const sBig = sumTo(100000);
    console.log(`sum ${s10} ${sBig}`);
    const w0 = window(-3, 5);
    const w1 = window(2, 100);
    const w2 = window(10, 4);
    console.log(`window ${w0} ${w1} ${w2}`);
    return 0;
}

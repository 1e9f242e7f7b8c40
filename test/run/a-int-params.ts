import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// Parameters and return values of each integer type: narrowing guarded by tests, widening
// that always fits, and values passed through several calls.

function toU8(x: i32): u8 {
    if (x < 0) {
        return 0;
    }
    if (x > 255) {
        return 255;
    }
    return x;
}

function toI8(x: i32): i8 {
    return x < -128 ? -128 : x > 127 ? 127 : x;
}

function toU16(x: u32): u16 {
    return x > 65535 ? 65535 : x;
}

function toI16(x: i32): i16 {
    return i16(x);
}

function widen(a: u8, b: i8, c: u16, d: i16): i32 {
    return a + b + c + d;
}

function widenU(a: u8, c: u16, e: u32): u32 {
    return u32(a + c + e);
}

function mid(a: u16, b: u16): u16 {
    return (a + b) >> 1;
}

function absDiff(a: u32, b: u32): u32 {
    return a > b ? u32(a - b) : u32(b - a);
}

function scale(x: i16, num: u8, den: u8): i32 {
    if (den === 0) {
        return 0;
    }
    return Math.trunc((x * num) / den);
}

const xs = [-1000, -129, -128, -1, 0, 1, 127, 128, 255, 256, 40000, 70000] as const;

export function main(): number {
    for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        const a = toU8(x);
        const b = toI8(x);
        const c = toU16(x < 0 ? 0 : x);
        const d = toI16(x);
        console.log(`${x}: u8 ${a} i8 ${b} u16 ${c} i16 ${d} widen ${widen(a, b, c, d)} widenU ${widenU(a, c, x >>> 0)}`);
    }
    console.log(`mid ${mid(65535, 65535)} ${mid(0, 65535)} ${mid(1, 2)}`);
    console.log(`absDiff ${absDiff(0, 0xffffffff)} ${absDiff(0xffffffff, 0)} ${absDiff(5, 7)} ${absDiff(0x80000000, 0x7fffffff)}`);
    console.log(`scale ${scale(-32768, 255, 1)} ${scale(32767, 3, 7)} ${scale(-100, 2, 3)} ${scale(5, 5, 0)}`);
    return 0;
}

import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// Comparisons between signed and unsigned values give the mathematical answer,
// not C's usual-arithmetic-conversion one.

function cmp(a: u32, b: i32): void {
    console.log(`u32 ${a} vs i32 ${b}: < ${a < b} <= ${a <= b} > ${a > b} >= ${a >= b} == ${a === b} != ${a !== b}`);
}

function cmpSmall(a: u8, b: i8, c: u16, d: i16): void {
    console.log(`small ${a} ${b} ${c} ${d}: ${a < b} ${b < a} ${c < d} ${d < c} ${a === b} ${c === d} ${a <= c} ${b >= d}`);
}

function cmpU32I16(a: u32, d: i16): boolean {
    return a > d;
}

function sign(x: i32): i32 {
    return x > 0 ? 1 : x < 0 ? -1 : 0;
}

export function main(): number {
    cmp(0, -1);
    cmp(0xffffffff, -1);
    cmp(0x80000000, -2147483648);
    cmp(5, 5);
    cmp(2147483647, 2147483647);
    cmp(2147483648, 2147483647);
    cmp(3, 7);
    cmpSmall(255, -1, 65535, -1);
    cmpSmall(0, 0, 0, 0);
    cmpSmall(128, -128, 32768, -32768);
    cmpSmall(100, 100, 100, 100);
    console.log(`u32/i16 ${cmpU32I16(0, -1)} ${cmpU32I16(0xffffffff, 32767)} ${cmpU32I16(7, 7)}`);
    const big: u32 = 0xfffffff0;
    const neg: i32 = -16;
    console.log(`same bits ${big === (neg >>> 0)} ${(big | 0) === neg} ${big > neg} ${u32(neg) === big} ${i32(big) === neg}`);
    let count = 0;
    for (let i = -5; i <= 5; i++) {
        const u: u32 = u32(i);
        if (u > 3) {
            count = i32(count + 1);
        }
        console.log(`i ${i} u ${u} sign ${sign(i)} u>i ${u > i} ${u === i}`);
    }
    console.log(`count ${count}`);
    return 0;
}

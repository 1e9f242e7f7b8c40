import { u8, u16, u32, i32 } from "riotscript";

// Decimal digits: BCD packing and unpacking, digit sums, reversing and palindromes,
// and the digital root, on u32 values.

function toBcd(x: u16): u32 {
    let v: u32 = x;
    let out: u32 = 0;
    let shift = 0;
    while (v > 0 && shift < 32) {
        out = (out | ((v % 10) << shift)) >>> 0;
        v = Math.trunc(v / 10);
        shift += 4;
    }
    return out;
}

function fromBcd(b: u32): u32 {
    let out: u32 = 0;
    for (let shift = 28; shift >= 0; shift -= 4) {
        const d = (b >>> shift) & 0xf;
        out = u32(out * 10 + d);
    }
    return out;
}

function reverse(x: u32): u32 {
    let v = x;
    let r: u32 = 0;
    while (v > 0) {
        r = u32(r * 10 + (v % 10));
        v = Math.trunc(v / 10);
    }
    return r;
}

function digitRoot(x: u32): u32 {
    return x === 0 ? 0 : 1 + ((x - 1) % 9);
}

function countDigits(x: u32): i32 {
    let n = 1;
    let v = x;
    while (v >= 10 && n < 20) {
        v = Math.trunc(v / 10);
        n++;
    }
    return n;
}

const vals = [0, 7, 42, 1234, 9999, 65535, 10000, 80808] as const;
const big = [0, 1, 10, 12321, 123454321, 1000000000, 4294967295, 4000000004, 2147447412] as const;

export function main(): number {
    for (let i = 0; i < vals.length; i++) {
        const v = u16(vals[i]);
        const b = toBcd(v);
        console.log(`${vals[i]} -> u16 ${v} bcd ${b} hexdigits ${b >>> 12} ${(b >>> 8) & 0xf} back ${fromBcd(b)}`);
    }
    for (let i = 0; i < big.length; i++) {
        const x = big[i];
        const r = reverse(x);
        console.log(`${x}: rev ${r} pal ${r === x} root ${digitRoot(x)} digits ${countDigits(x)}`);
    }
    let pals = 0;
    for (let x: u32 = 100; x < 1000; x += 7) {
        if (reverse(x) === x) {
            pals = i32(pals + 1);
        }
    }
    console.log(`palindromes ${pals}`);
    return 0;
}

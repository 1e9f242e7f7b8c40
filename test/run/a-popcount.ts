import { u8, u32, i32 } from "riotscript";

// Population count three ways (loop, Kernighan, SWAR), count of leading and trailing zeros,
// and parity, on values up to 2^32 - 1 and on negative i32 values through >>> 0.

function popLoop(x: u32): i32 {
    let n = 0;
    for (let i = 0; i < 32; i++) {
        n = i32(n + ((x >>> i) & 1));
    }
    return n;
}

function popKernighan(x0: u32): i32 {
    let x = x0;
    let n = 0;
    while (x !== 0 && n < 32) {
        x = (x & (x - 1)) >>> 0;
        n++;
    }
    return n;
}

function popSwar(x0: u32): u32 {
    let x = x0;
    x = (x - ((x >>> 1) & 0x55555555)) >>> 0;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0f0f0f0f;
    return Math.imul(x, 0x01010101) >>> 24;
}

function clz(x: u32): i32 {
    if (x === 0) {
        return 32;
    }
    let n = 0;
    let v = x;
    while ((v & 0x80000000) === 0 && n < 32) {
        v = (v << 1) >>> 0;
        n++;
    }
    return n;
}

function ctz(x: u32): i32 {
    if (x === 0) {
        return 32;
    }
    return i32(31 - clz((x & -x) >>> 0));
}

function parity(x: u32): u32 {
    let p = x ^ (x >>> 16);
    p ^= p >>> 8;
    p ^= p >>> 4;
    return (0x6996 >>> (p & 0xf)) & 1;
}

const samples = [0, 1, 2, 3, 0xff, 0x100, 0x7fffffff, 0x80000000, 0xffffffff, 0xdeadbeef, 0x12345678, 0xaaaaaaaa] as const;
const negs = [-1, -2, -256, -2147483648, -12345] as const;

export function main(): number {

    for (let i = 0; i < samples.length; i++) {
        const x = samples[i];
        console.log(`${x}: pop ${popLoop(x)} ${popKernighan(x)} ${popSwar(x)} clz ${clz(x)} ctz ${ctz(x)} parity ${parity(x)}`);
    }

    for (let i = 0; i < negs.length; i++) {
        const u = negs[i] >>> 0;
        console.log(`${negs[i]} -> ${u}: pop ${popSwar(u)} clz ${clz(u)} ctz ${ctz(u)}`);
    }
    let total = 0;
    for (let b = 0; b < 256; b++) {
        total = i32(total + popKernighan(b));
    }
    console.log(`bits in 0..255: ${total}`);
    return 0;
}

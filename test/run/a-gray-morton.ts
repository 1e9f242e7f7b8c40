import { u8, u16, u32, i32 } from "riotscript";

// Gray codes (to and from), Morton (Z-order) interleaving of two 16-bit coordinates, and
// de-interleaving back, checked over a range of inputs.

function gray(x: u32): u32 {
    return (x ^ (x >>> 1)) >>> 0;
}

function ungray(g: u32): u32 {
    let x = g;
    for (let s = 1; s < 32; s <<= 1) {
        x = (x ^ (x >>> s)) >>> 0;
    }
    return x;
}

function spread(x: u16): u32 {
    let v: u32 = x;
    v = (v | (v << 8)) & 0x00ff00ff;
    v = (v | (v << 4)) & 0x0f0f0f0f;
    v = (v | (v << 2)) & 0x33333333;
    v = (v | (v << 1)) & 0x55555555;
    return v;
}

function compact(v0: u32): u16 {
    let v = v0 & 0x55555555;
    v = (v | (v >>> 1)) & 0x33333333;
    v = (v | (v >>> 2)) & 0x0f0f0f0f;
    v = (v | (v >>> 4)) & 0x00ff00ff;
    v = (v | (v >>> 8)) & 0x0000ffff;
    return v;
}

function morton(x: u16, y: u16): u32 {
    return (spread(x) | (spread(y) << 1)) >>> 0;
}

const big = [0x80000000, 0xffffffff, 0xdeadbeef, 0x7fffffff] as const;

export function main(): number {
    for (let i = 0; i < 16; i++) {
        const g = gray(i);
        console.log(`gray ${i} = ${g} back ${ungray(g)} diffbits ${gray(i) ^ gray(i + 1)}`);
    }
    for (let i = 0; i < big.length; i++) {
        console.log(`gray ${big[i]} = ${gray(big[i])} back ${ungray(gray(big[i]))}`);
    }
    let bad = 0;
    for (let x = 0; x < 65536; x += 4099) {
        for (let y = 0; y < 65536; y += 7919) {
            const m = morton(x, y);
            if (compact(m) !== x || compact(m >>> 1) !== y) {
                bad = i32(bad + 1);
            }
            if (x === y || (x ^ y) === 0 || x === 61485) {
                console.log(`morton ${x} ${y} = ${m}`);
            }
        }
    }
    console.log(`bad ${bad} corner ${morton(65535, 65535)} ${morton(65535, 0)} ${morton(0, 65535)}`);
    return 0;
}

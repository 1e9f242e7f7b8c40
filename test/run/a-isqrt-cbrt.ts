import { u32, i32 } from "riotscript";

// Integer square root (bitwise, digit by digit), integer cube root, perfect-square tests,
// and integer logarithms, for values up to 2^32 - 1.

function isqrt(n: u32): u32 {
    let x = n;
    let res: u32 = 0;
    let bit: u32 = 0x40000000;
    while (bit > n) {
        bit >>>= 2;
    }
    while (bit !== 0) {
        if (x >= res + bit) {
            x = u32(x - res - bit);
            res = u32((res >>> 1) + bit);
        } else {
            res >>>= 1;
        }
        bit >>>= 2;
    }
    return res;
}

function icbrt(n: u32): u32 {
    let r: u32 = 0;
    for (let b = 10; b >= 0; b--) {
        const c = (r | (1 << b)) >>> 0;
        if (c < 2048) {
            if (c * c * c <= n) {
                r = c;
            }
        }
    }
    return r;
}

function ilog(n: u32, base: u32): i32 {
    if (base < 2) {
        return -1;
    }
    let k = 0;
    let v = n;
    while (v >= base && k < 64) {
        v = Math.trunc(v / base);
        k++;
    }
    return k;
}

const ns = [0, 1, 2, 3, 4, 8, 9, 15, 16, 24, 25, 26, 27, 63, 64, 1000, 65535, 65536, 1000000, 2147483647, 4294836225, 4294967295] as const;

export function main(): number {
    for (let i = 0; i < ns.length; i++) {
        const n = ns[i];
        const s = isqrt(n);
        const c = icbrt(n);
        const square = s <= 65535 ? s * s === n : false;
        const cube = c < 2048 ? c * c * c === n : false;
        console.log(`${n}: sqrt ${s} square ${square} cbrt ${c} cube ${cube} log2 ${ilog(n, 2)} log10 ${ilog(n, 10)}`);
    }
    let squares = 0;
    for (let n: u32 = 0; n < 2000; n++) {
        const s = isqrt(n);
        if (Math.imul(s, s) === n) {
            squares = i32(squares + 1);
        }
    }
    console.log(`squares below 2000: ${squares}`);
    return 0;
}

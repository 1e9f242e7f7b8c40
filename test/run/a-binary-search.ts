import { u16, u32, i32 } from "riotscript";

// Binary search over a sorted Int32Array: exact lookups, lower bounds, and misses.

const sorted = new Int32Array(20);

function find(key: i32): i32 {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (mid >= sorted.length) {
            break;
        }
        const v = sorted[mid];
        if (v === key) {
            return mid;
        } else if (v < key) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return i32(-(lo + 1));
}

function lowerBound(key: i32): i32 {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < key) {
            lo = i32(mid + 1);
        } else {
            hi = mid;
        }
    }
    return lo;
}

function isqrtSearch(n: u32): u32 {
    let lo: u32 = 0;
    let hi: u32 = 65535;
    while (lo < hi) {
        const mid = u32(lo + hi + 1) >>> 1;
        if (mid > 65535) {
            break;
        }
        if (mid * mid <= n) {
            lo = mid;
        } else if (mid > 0) {
            hi = mid - 1;
        }
    }
    return lo;
}

const keys = [-2147483648, -200, -197, -188, 0, 100, 232, 883, 2147483647, 5, -5000, 3000] as const;
const ns = [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 65535, 4294836225, 4294967295] as const;

export function main(): number {
    for (let i = 0; i < sorted.length; i++) {
        sorted[i] = Math.imul(i, i) * 3 - 200;
    }
    sorted[0] = -2147483648;
    sorted[19] = 2147483647;
    for (let k = 0; k < keys.length; k++) {
        console.log(`find ${keys[k]} -> ${find(keys[k])} lower ${lowerBound(keys[k])}`);
    }
    for (let k = 0; k < ns.length; k++) {
        console.log(`isqrt ${ns[k]} = ${isqrtSearch(ns[k])}`);
    }
    return 0;
}

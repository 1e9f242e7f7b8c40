import { u8, u32, i32 } from "riotscript";

// Run-length encoding of byte streams as (count, value) pairs, with a PackBits-style variant
// for literal runs; both round-trip.
const input = new Uint8Array(64);
const packed = new Uint8Array(96);
const unpacked = new Uint8Array(64);

function rleEncode(src: Uint8Array, dst: Uint8Array): i32 {
    let o = 0;
    let i = 0;
    while (i < src.length) {
        const v = src[i];
        let run = 1;
        while (i + run < src.length && src[i + run] === v && run < 255) {
            run = i32(run + 1);
        }
        if (o + 1 >= dst.length) return -1;
        dst[o] = run;
        dst[o + 1] = v;
        o = i32(o + 2);
        i = i32(i + run);
    }
    return o;
}

function rleDecode(src: Uint8Array, n: i32, dst: Uint8Array): i32 {
    let o = 0;
    for (let i = 0; i < src.length - 1; i += 2) {
        if (i + 1 >= n) break;
        const run = src[i];
        const v = src[i + 1];
        for (let k = 0; k < run; k++) {
            if (o >= dst.length) return -1;
            dst[o] = v;
            o = i32(o + 1);
        }
    }
    return o;
}

function packBits(src: Uint8Array, dst: Uint8Array): i32 {
    let o = 0;
    let i = 0;
    while (i < src.length) {
        let run = 1;
        while (i + run < src.length && src[i + run] === src[i] && run < 128) {
            run = i32(run + 1);
        }
        if (run >= 3) {
            if (o + 1 >= dst.length) return -1;
            dst[o] = u8(1 - run);
            dst[o + 1] = src[i];
            o = i32(o + 2);
            i = i32(i + run);
        } else {
            let lit = 0;
            while (i + lit < src.length && lit < 128) {
                const j = i + lit;
                if (j + 2 < src.length && src[j] === src[j + 1] && src[j] === src[j + 2]) break;
                lit = i32(lit + 1);
            }
            if (o + lit >= dst.length) return -1;
            dst[o] = u8(lit - 1);
            o = i32(o + 1);
            for (let k = 0; k < lit; k++) {
                dst[o] = src[i + k];
                o = i32(o + 1);
            }
            i = i32(i + lit);
        }
    }
    return o;
}

function same(a: Uint8Array, b: Uint8Array): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) return false;
    }
    return true;
}

function hash(a: Uint8Array, n: i32): u32 {
    let h: u32 = 0;
    for (let i = 0; i < n && i < a.length; i++) {
        h = u32(Math.imul(h, 131) + a[i]);
    }
    return h;
}

export function main(): number {
    for (let pattern = 0; pattern < 4; pattern++) {
        for (let i = 0; i < input.length; i++) {
            if (pattern === 0) input[i] = 7;
            else if (pattern === 1) input[i] = i >> 3;
            else if (pattern === 2) input[i] = i;
            else input[i] = (i % 11) < 4 ? 0xaa : i;
        }
        const n = rleEncode(input, packed);
        const h1 = hash(packed, n);
        const d = rleDecode(packed, n, unpacked);
        const ok1 = d === input.length && same(input, unpacked);
        const m = packBits(input, packed);
        console.log(`pattern ${pattern}: rle=${n} hash=${h1} decoded=${d} ok=${ok1} packbits=${m} first=${packed[0]} hash=${hash(packed, m)}`);
    }
    return 0;
}

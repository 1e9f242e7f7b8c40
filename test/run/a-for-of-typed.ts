import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// for...of over each typed-array kind: sums, minima and maxima of element values that cover
// each type's extremes, with break and continue inside the loop.

const a8 = new Int8Array(6);
const b8 = new Uint8Array(6);
const a16 = new Int16Array(6);
const b16 = new Uint16Array(6);
const a32 = new Int32Array(6);
const b32 = new Uint32Array(6);

export function main(): number {
    for (let i = 0; i < 6; i++) {
        const v = Math.imul(i, 0x3b9aca07) ^ (i << 29);
        a8[i] = v;
        b8[i] = v;
        a16[i] = v;
        b16[i] = v;
        a32[i] = v;
        b32[i] = v;
    }
    a8[5] = -128;
    b8[5] = 255;
    a16[5] = -32768;
    b16[5] = 65535;
    a32[5] = -2147483648;
    b32[5] = 4294967295;
    let s8 = 0;
    let lo8 = 127;
    for (const x of a8) {
        s8 = i32(s8 + x);
        lo8 = Math.min(lo8, x);
        console.log(`i8 ${x}`);
    }
    let s16 = 0;
    for (const x of a16) {
        if (x < 0) {
            continue;
        }
        s16 = i32(s16 + x);
    }
    let su8 = 0;
    for (const x of b8) {
        su8 = i32(su8 + x);
    }
    let su16 = 0;
    let hi16 = 0;
    for (const x of b16) {
        su16 = i32(su16 + x);
        hi16 = Math.max(hi16, x);
    }
    console.log(`s8 ${s8} lo8 ${lo8} s16 ${s16} su8 ${su8} su16 ${su16} hi16 ${hi16}`);
    let s32 = 0;
    let seen = 0;
    for (const x of a32) {
        s32 = i32(s32 + x);
        seen = i32(seen + 1);
        if (x === -2147483648) {
            break;
        }
        console.log(`i32 ${x} ${x >> 28} ${x >>> 28}`);
    }
    let x32: u32 = 0;
    let big = 0;
    for (const x of b32) {
        x32 = (x32 ^ x) >>> 0;
        if (x > 0x7fffffff) {
            big = i32(big + 1);
        }
        console.log(`u32 ${x} ${x | 0}`);
    }
    console.log(`s32 ${s32} seen ${seen} x32 ${x32} big ${big}`);
    return 0;
}

import { u8, u16, u32, i32 } from "riotscript";

// Bit reversal of bytes (loop and table-free swaps), of 16 and 32-bit words, byte swaps,
// and rotations left and right with masked counts.

function rev8(b: u8): u8 {
    let r: u8 = 0;
    for (let i = 0; i < 8; i++) {
        r = u8((r << 1) | ((b >> i) & 1));
    }
    return r;
}

function rev8swap(b0: u8): u8 {
    let b = b0;
    b = ((b & 0xf0) >> 4) | ((b & 0x0f) << 4);
    b = ((b & 0xcc) >> 2) | ((b & 0x33) << 2);
    b = ((b & 0xaa) >> 1) | ((b & 0x55) << 1);
    return b;
}

function rev16(x: u16): u16 {
    return (rev8(x & 0xff) << 8) | rev8(x >> 8);
}

function rev32(x0: u32): u32 {
    let x = x0;
    x = (((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1)) >>> 0;
    x = (((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2)) >>> 0;
    x = (((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4)) >>> 0;
    x = (((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8)) >>> 0;
    return ((x >>> 16) | (x << 16)) >>> 0;
}

function bswap32(x: u32): u32 {
    return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}

function rotl(x: u32, n: i32): u32 {
    return ((x << n) | (x >>> (32 - n))) >>> 0;
}

function rotr(x: u32, n: i32): u32 {
    return ((x >>> n) | (x << (32 - n))) >>> 0;
}

const xs = [1, 0x80000000, 0x12345678, 0xdeadbeef, 0xffffffff, 0, 0x0000ffff] as const;

export function main(): number {
    let agree = 0;
    for (let b = 0; b < 256; b++) {
        if (rev8(b) === rev8swap(b)) {
            agree = i32(agree + 1);
        }
        if (b % 51 === 0) {
            console.log(`rev8 ${b} = ${rev8(b)} ${rev8swap(b)} twice ${rev8(rev8(b))}`);
        }
    }
    console.log(`agree ${agree}`);
    console.log(`rev16 ${rev16(1)} ${rev16(0x8000)} ${rev16(0x1234)} ${rev16(0xffff)}`);
    for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        console.log(`${x}: rev ${rev32(x)} back ${rev32(rev32(x))} bswap ${bswap32(x)} rotl3 ${rotl(x, 3)} rotr3 ${rotr(x, 3)}`);
    }
    for (let n = -2; n <= 34; n += 6) {
        console.log(`rot ${n}: ${rotl(0x80000001, n)} ${rotr(0x80000001, n)} ${rotl(rotr(0xcafebabe, n), n)}`);
    }
    return 0;
}

import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// Shifts by constant counts, including counts of 32 and above and negative counts,
// which JavaScript masks with & 31.

function onI32(x: i32): void {
    console.log(`i32 ${x}: <<1=${x << 1} <<4=${x << 4} <<31=${x << 31} <<32=${x << 32} <<33=${x << 33} <<-1=${x << -1}`);
    console.log(`  >>1=${x >> 1} >>4=${x >> 4} >>31=${x >> 31} >>32=${x >> 32} >>35=${x >> 35} >>-1=${x >> -1}`);
    console.log(`  >>>0=${x >>> 0} >>>1=${x >>> 1} >>>31=${x >>> 31} >>>32=${x >>> 32} >>>-4=${x >>> -4}`);
}

function onU32(x: u32): void {
    console.log(`u32 ${x}: <<1=${x << 1} <<8=${x << 8} >>1=${x >> 1} >>>1=${x >>> 1} >>>24=${x >>> 24} >>28=${x >> 28}`);
    console.log(`  u32(<<1)=${u32(x << 1)} (x<<16)>>>16=${(x << 16) >>> 16} >>>64=${x >>> 64}`);
}

function onSmall(a: u8, b: i8, c: u16, d: i16): void {
    console.log(`small ${a} ${b} ${c} ${d}: ${a << 24} ${b << 24} ${c << 16} ${d << 16} ${a >> 3} ${b >> 3} ${c >>> 3} ${d >>> 3}`);
    console.log(`  ${u8(a << 1)} ${i8(b << 1)} ${u16(c << 4)} ${i16(d << 4)} ${a << 31} ${b >> 7}`);
}

export function main(): number {
    onI32(0);
    onI32(1);
    onI32(-1);
    onI32(0x7fffffff);
    onI32(-2147483648);
    onI32(0x12345678);
    onI32(-0x12345678);
    onU32(0xffffffff);
    onU32(0x80000000);
    onU32(0xdeadbeef);
    onU32(1);
    onSmall(255, -128, 65535, -32768);
    onSmall(1, 1, 1, 1);
    onSmall(0x80, 0x7f, 0x8000, 0x7fff);
    console.log(`consts ${1 << 31} ${1 << 32} ${-1 >>> 0} ${-1 >> 31} ${-1 >>> 31} ${0x80000000 >> 31} ${0x80000000 >>> 31}`);
    console.log(`consts ${5 << -30} ${-8 >> -1} ${-8 >>> 33} ${0xffffffff << 4} ${255 << 24}`);
    return 0;
}

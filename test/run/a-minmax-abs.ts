import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// Math.min, Math.max, Math.abs and Math.imul on every integer type.

function clamp(x: i32, lo: i32, hi: i32): i32 {
    return Math.max(lo, Math.min(x, hi));
}

function range3(a: i8, b: u8, c: i16): void {
    console.log(`min3 ${Math.min(a, b, c)} max3 ${Math.max(a, b, c)} abs ${Math.abs(a)} ${Math.abs(c)}`);
}

function unsignedMix(a: u32, b: i32): void {
    console.log(`u32/i32 ${a} ${b}: min ${Math.min(a, b)} max ${Math.max(a, b)} absb ${Math.abs(b)}`);
}

function imuls(a: i32, b: i32): void {
    const p = Math.imul(a, b);
    console.log(`imul ${a} ${b} = ${p} abs ${Math.abs(p)} u ${p >>> 0}`);
}

export function main(): number {
    for (let x = -20; x <= 20; x += 5) {
        console.log(`clamp ${x} ${clamp(x, -7, 12)} ${clamp(x, 3, 3)}`);
    }
    range3(-128, 255, -32768);
    range3(127, 0, 32767);
    range3(-1, 1, 0);
    unsignedMix(0xffffffff, -1);
    unsignedMix(0, -2147483648);
    unsignedMix(5, 5);
    unsignedMix(0x80000000, 2147483647);
    imuls(-2147483648, -1);
    imuls(0x7fffffff, 0x7fffffff);
    imuls(-65536, 65537);
    imuls(46341, 46341);
    imuls(3, -4);
    const w: u16 = 65535;
    const s: i16 = -32768;
    console.log(`u16/i16 ${Math.min(w, s)} ${Math.max(w, s)} ${Math.abs(s)} ${Math.imul(w, w)} ${Math.imul(s, s)} ${Math.imul(w, s)}`);
    let best = -2147483648;
    let worst = 2147483647;
    let seed = 12345;
    for (let i = 0; i < 16; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) | 0;
        const v = seed >> 8;
        best = Math.max(best, v);
        worst = Math.min(worst, v);
    }
    console.log(`best ${best} worst ${worst} spread ${best - worst} absw ${Math.abs(worst)}`);
    return 0;
}

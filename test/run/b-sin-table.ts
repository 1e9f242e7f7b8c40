import { u8, i32, i16 } from "riotscript";

// Quarter-wave sine table in Q15: SIN_Q[i] = sin(i/64 * 90deg) * 32767, 65 entries.
const SIN_Q = [
    0, 804, 1608, 2410, 3212, 4011, 4808, 5602,
    6393, 7179, 7962, 8739, 9512, 10278, 11039, 11793,
    12539, 13279, 14010, 14732, 15446, 16151, 16846, 17530,
    18204, 18868, 19519, 20159, 20787, 21403, 22005, 22594,
    23170, 23731, 24279, 24811, 25329, 25832, 26319, 26790,
    27245, 27683, 28105, 28510, 28898, 29268, 29621, 29956,
    30273, 30571, 30852, 31113, 31356, 31580, 31785, 31971,
    32137, 32285, 32412, 32521, 32609, 32678, 32728, 32757,
    32767,
] as const;

// angle: 0..255 is a full turn
function sin8(angle: u8): i32 {
    const quadrant = angle >> 6;
    const idx = angle & 63;
    switch (quadrant) {
        case 0:
            return SIN_Q[idx];
        case 1:
            return SIN_Q[64 - idx];
        case 2:
            return -SIN_Q[idx];
        default:
            return -SIN_Q[64 - idx];
    }
}

function cos8(angle: u8): i32 {
    return sin8(u8(angle + 64));
}

class Vec {
    x: i32 = 0;
    y: i32 = 0;
    constructor(x: i32, y: i32) {
        this.x = x;
        this.y = y;
    }
    rotate(angle: u8): void {
        const c = cos8(angle);
        const s = sin8(angle);
        const nx = (Math.imul(this.x, c) - Math.imul(this.y, s)) >> 15;
        const ny = (Math.imul(this.x, s) + Math.imul(this.y, c)) >> 15;
        this.x = i32(nx);
        this.y = i32(ny);
    }
}

const wave = new Int16Array(16);

export function main(): number {
    for (let a = 0; a < 256; a += 16) {
        console.log(`angle ${a}: sin=${sin8(a)} cos=${cos8(a)}`);
    }
    let energy = 0;
    for (let a = 0; a < 256; a++) {
        const s = sin8(a) >> 8;
        const c = cos8(a) >> 8;
        energy = i32(energy + Math.imul(s, s) + Math.imul(c, c));
    }
    console.log(`energy ${energy}`);
    const v = new Vec(1000, 0);
    for (let k = 0; k < 8; k++) {
        v.rotate(32);
        console.log(`rot ${k}: (${v.x}, ${v.y})`);
    }
    for (let i = 0; i < wave.length; i++) {
        wave[i] = i16(sin8(u8(i * 16 + 8)) >> 4);
    }
    let sum = 0;
    let peak = 0;
    for (const w of wave) {
        sum = i32(sum + w);
        if (w > peak) peak = w;
    }
    console.log(`wave sum=${sum} peak=${peak} w3=${wave[3]} w12=${wave[12]}`);
    console.log(`table ends ${SIN_Q[0]} ${SIN_Q[32]} ${SIN_Q[64]} n=${SIN_Q.length}`);
    return 0;
}

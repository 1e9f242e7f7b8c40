import { u8, u32, i32 } from "riotscript";

// Pseudo-random generators: xorshift32 with >>> 0, an LCG with Math.imul, a 16-bit Galois
// LFSR, and uniform ranges drawn from them.

let xs: u32 = 2463534242;
let lcg = 12345;
let lfsr = 0xace1;

function xorshift(): u32 {
    let x = xs;
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    xs = x;
    return x;
}

function nextLcg(): i32 {
    lcg = (Math.imul(lcg, 1103515245) + 12345) | 0;
    return (lcg >>> 16) & 0x7fff;
}

function nextLfsr(): i32 {
    const lsb = lfsr & 1;
    lfsr >>= 1;
    if (lsb !== 0) {
        lfsr ^= 0xb400;
    }
    return lfsr;
}

function dice(r: u32): i32 {
    return (r % 6) + 1;
}

export function main(): number {
    for (let i = 0; i < 8; i++) {
        const r = xorshift();
        console.log(`xorshift ${r} i32 ${r | 0} dice ${dice(r)} top ${r >>> 28}`);
    }
    for (let i = 0; i < 8; i++) {
        const r = nextLcg();
        console.log(`lcg ${r} state ${lcg} ${lcg >>> 0}`);
    }
    let period = 0;
    do {
        nextLfsr();
        period = i32(period + 1);
    } while (lfsr !== 0xace1 && period < 70000);
    console.log(`lfsr period ${period}`);
    const counts = new Uint16Array(6);
    for (let i = 0; i < 600; i++) {
        const d = dice(xorshift()) - 1;
        counts[d] = counts[d] + 1;
    }
    console.log(`counts ${counts[0]} ${counts[1]} ${counts[2]} ${counts[3]} ${counts[4]} ${counts[5]}`);
    return 0;
}

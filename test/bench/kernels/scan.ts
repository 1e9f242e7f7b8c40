/*
 * Kernel: a weighted checksum over a window of a 4 KiB buffer, written the way a C
 * programmer's TypeScript reads: an early-return guard on the positions, Math.min as the
 * loop bound, the index through a const temporary. No restructuring for the prover: every
 * index is proven from these, so the loop has no checks and vectorises as the C one does.
 */
import { i32, u32 } from "riotscript";

const data = new Uint8Array(4096);
const ROUNDS = 200000;

function scan(b: Uint8Array, start: i32, end: i32): u32 {
    if (start < 0 || end > b.length || start > end) {
        return 0;
    }
    let s: u32 = 0;
    const stop = Math.min(end, b.length);
    for (let i = start; i < stop; i++) {
        const o = i;
        s = u32(s + b[o] * ((i & 7) + 1));
    }
    return s;
}

export function main(): number {
    let seed: u32 = 99;
    for (let i = 0; i < data.length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        data[i] = seed >>> 16;
    }
    let acc: u32 = 0;
    for (let r = 0; r < ROUNDS; r++) {
        data[r & 4095] = r;
        acc = u32(acc + scan(data, r & 63, 4096 - (r & 31)));
    }
    console.log(`scan ${acc}`);
    return 0;
}

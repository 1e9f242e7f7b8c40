/*
 * Kernel: the sum of squares of 1 KiB of signed 8-bit samples, a signal's energy, as a
 * sensor's firmware computes it before deciding whether anything happened.
 */
import { i8, u32 } from "riotscript";

const samples = new Int8Array(1024);
const ROUNDS = 1000000;

function energy(x: Int8Array): u32 {
    let sum: u32 = 0;
    for (let i = 0; i < x.length; i++) {
        sum = u32(sum + x[i] * x[i]);
    }
    return sum;
}

export function main(): number {
    let seed: u32 = 99;
    for (let i = 0; i < samples.length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        samples[i] = i8(seed >>> 16);
    }
    let acc: u32 = 0;
    for (let r = 0; r < ROUNDS; r++) {
        samples[r & 1023] = i8(r);
        acc = u32(acc + energy(samples));
    }
    console.log(`sumsq ${acc}`);
    return 0;
}

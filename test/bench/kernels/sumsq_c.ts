/*
 * Kernel: sumsq.ts written the way a C programmer's TypeScript reads: the function takes
 * the count of samples, as `energy(const int8_t *x, size_t n)` would, guards it with an early
 * return, bounds the loop with Math.min and squares a const temporary. Nothing is
 * restructured for the prover.
 */
import { i8, i32, u32 } from "riotscript";

const samples = new Int8Array(1024);
const ROUNDS = 1000000;

function energy(x: Int8Array, n: i32): u32 {
    if (n < 0 || n > x.length) {
        return 0;
    }
    let sum: u32 = 0;
    const stop = Math.min(n, x.length);
    for (let i = 0; i < stop; i++) {
        const v = x[i];
        sum = u32(sum + v * v);
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
        acc = u32(acc + energy(samples, samples.length));
    }
    console.log(`sumsq_c ${acc}`);
    return 0;
}

/*
 * Kernel: an integer loop: a xorshift32 generator folded with a multiply-accumulate, the
 * shape of a PRNG, a hash or a filter in firmware.
 */
import { u32 } from "riotscript";

const ROUNDS = 100000000;

export function main(): number {
    let x: u32 = 2463534242;
    let acc: u32 = 0;
    for (let i = 0; i < ROUNDS; i++) {
        x = (x ^ (x << 13)) >>> 0;
        x = (x ^ (x >>> 17)) >>> 0;
        x = (x ^ (x << 5)) >>> 0;
        acc = (Math.imul(acc, 31) + x) >>> 0;
    }
    console.log(`intloop ${acc}`);
    return 0;
}

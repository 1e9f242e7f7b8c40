/*
 * Kernel: adler.ts with integer types where adler.ts writes `number`: the yardstick for
 * plain `number` code (npm run bench prints the ratio of the two).
 */
import { i32, u32 } from "riotscript";

const data = new Uint8Array(4096);
const ROUNDS = 20000;

function adler(b: Uint8Array): u32 {
    let a: i32 = 1;
    let s: i32 = 0;
    for (let i: i32 = 0; i < b.length; i++) {
        a = (a + b[i]) % 65521;
        s = (s + a) % 65521;
    }
    return s * 65536 + a;
}

export function main(): number {
    let seed: i32 = 99;
    for (let i: i32 = 0; i < data.length; i++) {
        seed = (seed * 75 + 74) % 65537;
        data[i] = seed % 256;
    }
    let acc: i32 = 0;
    for (let r: i32 = 0; r < ROUNDS; r++) {
        data[r % data.length] = r % 256;
        const x: u32 = adler(data);
        acc = (acc * 31 + Math.floor(x / 65536) + x % 65536) % 1000003;
    }
    console.log(`adler_i32 ${acc}`);
    return 0;
}

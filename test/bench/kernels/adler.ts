/*
 * Kernel: Adler-32 over a 4 KiB buffer, folded into a checksum, written with plain `number`
 * everywhere, as TypeScript users write it. riotscript proves each number an integer within
 * 2^53 and computes it in the C integer its values need (docs/language.md, "Integer-valued
 * number"): no double, no fmod. adler_i32.ts is the same code with integer types.
 */
const data = new Uint8Array(4096);
const ROUNDS = 20000;

function adler(b: Uint8Array): number {
    let a: number = 1;
    let s: number = 0;
    for (let i: number = 0; i < b.length; i++) {
        a = (a + b[i]) % 65521;
        s = (s + a) % 65521;
    }
    return s * 65536 + a;
}

export function main(): number {
    let seed: number = 99;
    for (let i: number = 0; i < data.length; i++) {
        seed = (seed * 75 + 74) % 65537;
        data[i] = seed % 256;
    }
    let acc: number = 0;
    for (let r: number = 0; r < ROUNDS; r++) {
        data[r % data.length] = r % 256;
        const x: number = adler(data);
        acc = (acc * 31 + Math.floor(x / 65536) + x % 65536) % 1000003;
    }
    console.log(`adler ${acc}`);
    return 0;
}

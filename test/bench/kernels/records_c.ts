/*
 * Kernel: records.ts written the way a C programmer's TypeScript reads: the function takes
 * the length to parse, as `parse(const uint8_t *buf, size_t len)` would, guards it with an
 * early return, and reads each field at an offset kept in a const temporary. Nothing is
 * restructured for the prover.
 */
import { i32, readU16BE, readU32BE, u32 } from "riotscript";

const RECORD = 64;
const frames = new Uint8Array(4096);
const ROUNDS = 2000000;

function parse(buf: Uint8Array, len: i32): u32 {
    if (len < 0 || len > buf.length) {
        return 0;
    }
    let sum: u32 = 0;
    for (let off = 0; off + RECORD <= len; off += RECORD) {
        const type = readU16BE(buf, off);
        const n = readU16BE(buf, off + 2) & 0x2f;
        const seq = readU32BE(buf, off + 4);
        const flags = buf[off + 8];
        const body = off + 16;
        let payload: u32 = 0;
        for (let i = 0; i < n; i++) {
            const p = body + i;
            payload = u32(payload + buf[p]);
        }
        if (flags & 1) {
            sum = u32(sum + (seq ^ type));
        } else {
            sum = u32(sum + payload + n);
        }
    }
    return sum;
}

export function main(): number {
    let seed: u32 = 7;
    for (let i = 0; i < frames.length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        frames[i] = seed >>> 16;
    }
    let acc: u32 = 0;
    for (let r = 0; r < ROUNDS; r++) {
        frames[r & 4095] = r;
        acc = u32(acc + parse(frames, frames.length));
    }
    console.log(`records_c ${acc}`);
    return 0;
}

/*
 * Kernel: parse 64-byte records (big-endian header: type, length, sequence number, flags,
 * then a payload) out of a 4 KiB buffer and fold them into a summary.
 */
import { readU16BE, readU32BE, u32 } from "riotscript";

const RECORD = 64;
const frames = new Uint8Array(4096);
const ROUNDS = 2000000;

function parse(buf: Uint8Array): u32 {
    let sum: u32 = 0;
    for (let off = 0; off + RECORD <= buf.length; off += RECORD) {
        const type = readU16BE(buf, off);
        const len = readU16BE(buf, off + 2) & 0x2f;
        const seq = readU32BE(buf, off + 4);
        const flags = buf[off + 8];
        let payload: u32 = 0;
        for (let i = 0; i < len; i++) {
            payload = u32(payload + buf[off + 16 + i]);
        }
        if (flags & 1) {
            sum = u32(sum + (seq ^ type));
        } else {
            sum = u32(sum + payload + len);
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
        acc = u32(acc + parse(frames));
    }
    console.log(`records ${acc}`);
    return 0;
}

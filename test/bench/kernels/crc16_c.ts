/*
 * Kernel: crc16.ts written the way a C programmer's TypeScript reads: the function takes a
 * start and a length, as `crc16(const uint8_t *buf, size_t len)` would, guards them with an
 * early return, bounds the loop with Math.min and reads through a const temporary. Nothing is
 * restructured for the prover: every index is proven from the guard, so no check is kept.
 */
import { i32, u16, u32 } from "riotscript";

const data = new Uint8Array(1024);
const ROUNDS = 20000;

function crc16(buf: Uint8Array, start: i32, len: i32): u16 {
    if (start < 0 || len < 0 || start + len > buf.length) {
        return 0;
    }
    let crc: u16 = 0xffff;
    const end = Math.min(start + len, buf.length);
    for (let i = start; i < end; i++) {
        const b = buf[i];
        crc = u16(crc ^ (b << 8));
        for (let bit = 0; bit < 8; bit++) {
            if (crc & 0x8000) {
                crc = u16((crc << 1) ^ 0x1021);
            } else {
                crc = u16(crc << 1);
            }
        }
    }
    return crc;
}

export function main(): number {
    let seed: u32 = 12345;
    for (let i = 0; i < data.length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        data[i] = seed >>> 16;
    }
    let acc: u32 = 0;
    for (let r = 0; r < ROUNDS; r++) {
        data[r & 1023] = r;
        acc = u32(acc + crc16(data, 0, data.length));
    }
    console.log(`crc16_c ${acc}`);
    return 0;
}

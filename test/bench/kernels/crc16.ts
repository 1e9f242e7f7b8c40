/*
 * Kernel: CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xffff), bit by bit, over 1 KiB.
 * The same job as crc16.c, written the way a TypeScript programmer would.
 */
import { u16, u32 } from "riotscript";

const data = new Uint8Array(1024);
const ROUNDS = 20000;

function crc16(buf: Uint8Array): u16 {
    let crc: u16 = 0xffff;
    for (let i = 0; i < buf.length; i++) {
        crc = u16(crc ^ (buf[i] << 8));
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
        acc = u32(acc + crc16(data));
    }
    console.log(`crc16 ${acc}`);
    return 0;
}

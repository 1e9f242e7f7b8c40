import { u8, u16, u32, i32 } from "riotscript";

// CRC-8 (poly 0x07), CRC-16/CCITT and CRC-32 (reflected, 0xEDB88320) computed bit by bit.

const msg = new Uint8Array(9);

function crc8(n: i32): u8 {
    let crc: u8 = 0;
    for (let i = 0; i < n && i < msg.length; i++) {
        crc ^= msg[i];
        for (let b = 0; b < 8; b++) {
            crc = (crc & 0x80) !== 0 ? u8((crc << 1) ^ 0x07) : u8(crc << 1);
        }
    }
    return crc;
}

function crc16(n: i32): u16 {
    let crc: u16 = 0xffff;
    for (let i = 0; i < n && i < msg.length; i++) {
        crc = crc ^ (msg[i] << 8);
        for (let b = 0; b < 8; b++) {
            if ((crc & 0x8000) !== 0) {
                crc = u16((crc << 1) ^ 0x1021);
            } else {
                crc = u16(crc << 1);
            }
        }
    }
    return crc;
}

function crc32(n: i32): u32 {
    let crc: u32 = 0xffffffff;
    for (let i = 0; i < n && i < msg.length; i++) {
        crc = (crc ^ msg[i]) >>> 0;
        for (let b = 0; b < 8; b++) {
            const mask = -(crc & 1);
            crc = ((crc >>> 1) ^ (0xedb88320 & mask)) >>> 0;
        }
    }
    return (~crc) >>> 0;
}

export function main(): number {
    // "123456789", the standard check string
    for (let i = 0; i < 9; i++) {
        msg[i] = 0x31 + i;
    }
    console.log(`check crc8 ${crc8(9)} crc16 ${crc16(9)} crc32 ${crc32(9)}`);
    for (let n = 0; n <= 9; n += 3) {
        console.log(`prefix ${n}: ${crc8(n)} ${crc16(n)} ${crc32(n)}`);
    }
    for (let i = 0; i < 9; i++) {
        msg[i] = u8(0xff - i * 29);
    }
    console.log(`other crc8 ${crc8(9)} crc16 ${crc16(9)} crc32 ${crc32(9)} hex-ish ${crc32(9) >>> 16} ${crc32(9) & 0xffff}`);
    return 0;
}

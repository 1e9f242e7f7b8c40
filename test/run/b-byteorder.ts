import { i32, u16, u32, readU16BE, readU16LE, readU32BE, readU32LE, writeU16BE, writeU16LE, writeU32BE, writeU32LE } from "riotscript";

// Round trips through every byte-order helper, and the byte layouts they produce.
const buf = new Uint8Array(16);

function dump4(off: i32): void {
    console.log(`  [${off}] ${buf[off]} ${buf[off + 1]} ${buf[off + 2]} ${buf[off + 3]}`);
}

export function main(): number {
    writeU16BE(buf, 0, 0x1234);
    writeU16LE(buf, 2, 0x1234);
    dump4(0);
    console.log(`be16=${readU16BE(buf, 0)} le16=${readU16LE(buf, 2)} cross=${readU16LE(buf, 0)} ${readU16BE(buf, 2)}`);
    writeU32BE(buf, 4, 0xdeadbeef);
    writeU32LE(buf, 8, 0xdeadbeef);
    dump4(4);
    dump4(8);
    console.log(`be32=${readU32BE(buf, 4)} le32=${readU32LE(buf, 8)} cross=${readU32LE(buf, 4)} ${readU32BE(buf, 8)}`);
    // values wider than the field keep only their low bits
    writeU16BE(buf, 12, 0x12345);
    writeU16LE(buf, 14, -1);
    console.log(`wide ${readU16BE(buf, 12)} ${readU16LE(buf, 14)} ${buf[12]} ${buf[15]}`);
    writeU32BE(buf, 12, -2);
    console.log(`neg32 ${readU32BE(buf, 12)} ${readU32LE(buf, 12)}`);
    // unaligned accesses across the whole buffer
    let acc: u32 = 0;
    for (let off = 0; off <= 12; off++) {
        const v = readU32BE(buf, off);
        const w = readU32LE(buf, off);
        acc = u32((acc ^ v) + (w >>> 3));
    }
    console.log(`unaligned acc ${acc}`);
    let acc16: u16 = 0;
    for (let off = 0; off < 15; off++) {
        acc16 = u16(acc16 + readU16BE(buf, off) - readU16LE(buf, off));
    }
    console.log(`acc16 ${acc16}`);
    // a counter stored little-endian, incremented in place
    writeU32LE(buf, 0, 0xfffffffd);
    for (let i = 0; i < 5; i++) {
        const c = readU32LE(buf, 0);
        const next = u32(c + 1);
        writeU32LE(buf, 0, next);
        console.log(`counter ${readU32LE(buf, 0)} bytes ${buf[0]} ${buf[3]}`);
    }
    // byte swap by writing BE and reading LE
    const samples = new Uint32Array(4);
    samples[0] = 1;
    samples[1] = 0x01020304;
    samples[2] = 0x80000000;
    samples[3] = 0xcafef00d;
    for (const s of samples) {
        writeU32BE(buf, 8, s);
        const swapped = readU32LE(buf, 8);
        writeU16BE(buf, 4, s);
        console.log(`swap ${s} -> ${swapped} low16 ${readU16LE(buf, 4)}`);
    }
    return 0;
}

import { u8, u16, u32, i16, i32, readU16BE, readU16LE, readU32BE, readU32LE, writeU16BE, writeU16LE, writeU32BE, writeU32LE } from "riotscript";

// Fixed 64-byte log records in a 256-byte flash page image:
//   0 magic u32 BE | 4 version u16 LE | 6 flags u8 | 7 count u8 | 8 timestamp u32 LE
//  12 samples 8 x i16 BE | 28 serial 8 bytes | 36..61 reserved | 62 checksum u16 LE
const RECORD = 64;
const MAGIC = 0x52494f54;
const page = new Uint8Array(256);

class Record {
    version: u16 = 0;
    flags: u8 = 0;
    count: u8 = 0;
    timestamp: u32 = 0;
    readonly samples = new Int16Array(8);
    readonly serial = new Uint8Array(8);
    valid: boolean = false;

    parse(r: Uint8Array): void {
        this.valid = false;
        if (readU32BE(r, 0) !== MAGIC) {
            return;
        }
        const expected = readU16LE(r, 62);
        if (sum16(r) !== expected) {
            return;
        }
        this.version = readU16LE(r, 4);
        this.flags = r[6];
        this.count = r[7];
        this.timestamp = readU32LE(r, 8);
        for (let i = 0; i < 8; i++) {
            const off = 12 + i * 2;
            this.samples[i] = readU16BE(r, off);
        }
        for (let i = 0; i < 8; i++) {
            this.serial[i] = r[28 + i];
        }
        this.valid = true;
    }

    mean(): i32 {
        let s = 0;
        const n = Math.min(this.count, 8);
        for (let i = 0; i < n; i++) {
            s = i32(s + this.samples[i]);
        }
        return n > 0 ? Math.trunc(s / n) : 0;
    }
}

function sum16(r: Uint8Array): u16 {
    let s: u16 = 0;
    for (let i = 0; i < 62; i++) {
        s = u16((s << 1 | s >> 15) + r[i]);
    }
    return s;
}

function writeRecord(r: Uint8Array, k: i32): void {
    writeU32BE(r, 0, MAGIC);
    writeU16LE(r, 4, 0x0102);
    r[6] = 0x80 | k;
    r[7] = 5 + k;
    const ts = 1700000000 + k * 3600;
    writeU32LE(r, 8, ts);
    for (let i = 0; i < 8; i++) {
        const v = Math.imul(i - 3, 1000 + k * 250);
        const off = 12 + i * 2;
        writeU16BE(r, off, v);
    }
    for (let i = 0; i < 8; i++) {
        r[28 + i] = 0x10 * k + i;
    }
    for (let i = 36; i < 62; i++) {
        r[i] = 0xff;
    }
    const c = sum16(r);
    writeU16LE(r, 62, c);
}

const rec = new Record();

export function main(): number {
    for (let k = 0; k < 4; k++) {
        const slot = page.subarray(k * RECORD, k * RECORD + RECORD);
        writeRecord(slot, k);
    }
    page[64 + 20] = page[64 + 20] ^ 1;  // corrupt record 1
    writeU32BE(page, 192, 0);          // erase record 3's magic
    for (let k = 0; k < 4; k++) {
        const slot = page.subarray(k * RECORD, k * RECORD + RECORD);
        rec.parse(slot);
        if (!rec.valid) {
            console.log(`record ${k}: invalid (magic ${readU32BE(slot, 0)} stored sum ${readU16LE(slot, 62)} computed ${sum16(slot)})`);
            continue;
        }
        console.log(`record ${k}: v${rec.version} flags=${rec.flags} count=${rec.count} ts=${rec.timestamp} mean=${rec.mean()}`);
        console.log(`  samples ${rec.samples[0]} ${rec.samples[3]} ${rec.samples[7]} serial ${rec.serial[0]}..${rec.serial[7]}`);
    }
    let total: u32 = 0;
    for (const b of page) {
        total = u32(total + b);
    }
    console.log(`page sum ${total} i16 ${i16(total)} u8 ${u8(total)}`);
    return 0;
}

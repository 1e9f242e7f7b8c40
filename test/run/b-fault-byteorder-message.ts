// BUG: an out-of-range byte-order access stops both programs with status 70, but the fault
// messages differ:
//   Node: test/run-pending/b-fault-byteorder-message.ts:27: readU16BE: offset 7 outside a buffer of 8 bytes
//   C:    test/run-pending/b-fault-byteorder-message.ts:27: index out of range
// (likewise writeU32LE etc.). Minimal repro:
//   const b = new Uint8Array(6);
//   export function main(): number { console.log(`${readU16BE(b, 5)}`); return 0; }
// Expected: the same message on both sides (either the C runtime prints the helper's message,
// or the Node helper faults with "index out of range").
import { u16, u32, i32, readU16BE, writeU16BE } from "riotscript";

// A table of 16-bit big-endian readings; the reader walks it two bytes at a time but uses the
// wrong bound (i < length instead of i + 1 < length), so the last read straddles the end.
const table = new Uint8Array(8);

export function main(): number {
    for (let i = 0; i < 4; i++) {
        const off = i * 2;
        const v = u16(1000 + i * 333);
        writeU16BE(table, off, v);
    }
    let sum: u32 = 0;
    for (let i = 0; i < table.length; i++) {
        if ((i & 1) === 0) {
            console.log(`even offset ${i}`);
        }
        const v = readU16BE(table, i);
        sum = u32(sum + v);
        console.log(`offset ${i}: ${v} sum ${sum}`);
    }
    console.log(`total ${sum}`);
    return 0;
}

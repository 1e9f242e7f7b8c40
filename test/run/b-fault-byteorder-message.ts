// Regression: an out-of-range byte-order access stopped both programs with status 70 but with
// different messages (Node: "readU16BE: offset 7 outside a buffer of 8 bytes", C: "index out
// of range"). Both must now stop with "<file>:<line>: index out of range".
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

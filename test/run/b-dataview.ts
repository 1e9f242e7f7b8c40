/*
 * DataView over a Uint8Array, as protocol code written for Node reads and writes fields:
 * big-endian by default, little-endian with `true`, signed and unsigned, 8 to 32 bits. In C
 * the view is a second name for the array's bytes and each access is a byteorder.h call.
 */
import { i32, u32, u8 } from "riotscript";

const frame = new Uint8Array(16);

function fill(buf: Uint8Array, seed: i32): void {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    view.setUint8(0, 0xa5);
    view.setInt8(1, -2);
    view.setUint16(2, 0xbeef);
    view.setInt16(4, -12345, true);
    view.setUint32(6, 0xdeadbeef);
    view.setInt32(10, seed * -1000, true);
    view.setUint16(14, 70000 + seed); // the low 16 bits, as DataView stores them
}

function show(buf: Uint8Array): void {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    console.log(`u8 ${view.getUint8(0)} i8 ${view.getInt8(1)} u16 ${view.getUint16(2)} u16le ${view.getUint16(2, true)}`);
    console.log(`i16le ${view.getInt16(4, true)} i16be ${view.getInt16(4)} u32 ${view.getUint32(6)} u32le ${view.getUint32(6, true)}`);
    console.log(`i32le ${view.getInt32(10, true)} i32be ${view.getInt32(10)} tail ${view.getUint16(14)}`);
}

function sum(buf: Uint8Array, n: i32): u32 {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let s: u32 = 0;
    for (let i = 0; i + 2 <= n && i + 2 <= buf.length; i += 2) {
        s = u32(s + view.getUint16(i));
    }
    return s;
}

export function main(): number {
    fill(frame, 7);
    show(frame);
    const whole = new DataView(frame.buffer);
    const tail = frame.subarray(8, 16);
    const t = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    console.log(`tail ${t.getUint16(0)} ${t.getInt32(2, true)} ${t.getUint8(7)}`);
    const first = whole.getUint32(0);
    const all = sum(frame, 16);
    console.log(`first ${first} sum ${all} of tail ${sum(tail, 8)}`);
    let b: u8 = 0;
    for (let i = 0; i < frame.length; i++) {
        b = b ^ frame[i];
    }
    console.log(`xor ${b}`);
    // past the end faults, as DataView's RangeError would stop the program
    const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    const at = sum(frame, 16) > 0 ? 7 : 0;
    console.log(`last ${view.getUint16(at)}`);
    return 0;
}

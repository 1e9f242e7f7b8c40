import { u8, u32, i32, readU16BE } from "riotscript";

// Packets sit back to back in a receive buffer; each is handed to the parser as a subarray
// view. The third packet's length field lies: the parser reads past the end of its view
// (still inside the receive buffer) and faults, in Node and in C alike.
const rx = new Uint8Array(48);

const PACKETS = [
    // len, type, payload...
    6, 1, 10, 20, 30, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    4, 2, 0xbe, 0xef, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    14, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
] as const;

function checksum(p: Uint8Array, n: i32): u32 {
    let s: u32 = 0;
    for (let i = 0; i < n; i++) {
        s = u32(Math.imul(s, 31) + p[i]);
    }
    return s;
}

function parse(p: Uint8Array): void {
    const len = p[0];
    const type = p[1];
    console.log(`packet type ${type} len ${len} view ${p.length}`);
    if (type === 2) {
        console.log(`  word ${readU16BE(p, 2)}`);
    }
    // trusts the length field: payload is bytes 2 .. len+2
    console.log(`  header checksum ${checksum(p, 2)}`);
    let s: u32 = 0;
    for (let i = 0; i < len; i++) {
        s = u32(s + p[2 + i]);
    }
    console.log(`  payload sum ${s}`);
}

export function main(): number {
    for (let i = 0; i < PACKETS.length && i < rx.length; i++) {
        rx[i] = PACKETS[i];
    }
    for (let k = 0; k < 3; k++) {
        const view = rx.subarray(k * 16, k * 16 + 8);
        parse(view);
    }
    console.log(`done`);
    return 0;
}

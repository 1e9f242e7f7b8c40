import { u8, u16, u32, i32 } from "riotscript";

// Packing several fields into one u32 (as a register or a packet header would), extracting
// them with masks and shifts, signed fields by sign extension, and updating fields in place.

function pack(version: u8, flags: u8, length: u16, kind: u8): u32 {
    return (((version & 0x7) << 29) | ((flags & 0x1f) << 24) | ((length & 0xffff) << 8) | kind) >>> 0;
}

function version(w: u32): u32 {
    return w >>> 29;
}

function flags(w: u32): u32 {
    return (w >>> 24) & 0x1f;
}

function length(w: u32): u32 {
    return (w >>> 8) & 0xffff;
}

function kind(w: u32): u32 {
    return w & 0xff;
}

function setLength(w: u32, len: u16): u32 {
    return ((w & ~0x00ffff00) | (len << 8)) >>> 0;
}

/** A signed `bits`-wide field at `shift`. */
function signedField(w: u32, shift: i32, bits: i32): i32 {
    if (bits < 1 || bits > 32 || shift < 0 || shift > 31) {
        return 0;
    }
    return (w << (32 - bits - shift)) >> (32 - bits);
}

export function main(): number {
    const w1 = pack(5, 0x13, 1500, 0x11);
    console.log(`w1 ${w1} v ${version(w1)} f ${flags(w1)} len ${length(w1)} kind ${kind(w1)}`);
    const w2 = pack(255, 255, 65535, 255);
    console.log(`w2 ${w2} v ${version(w2)} f ${flags(w2)} len ${length(w2)} kind ${kind(w2)} i32 ${w2 | 0}`);
    const w3 = setLength(w1, 42);
    console.log(`w3 ${w3} len ${length(w3)} v ${version(w3)} kind ${kind(w3)}`);
    const w4 = setLength(w2, 0);
    console.log(`w4 ${w4} len ${length(w4)} flags ${flags(w4)}`);
    const reg: u32 = 0xf00ff5a7;
    for (let bits = 4; bits <= 16; bits += 4) {
        for (let shift = 0; shift <= 32 - bits; shift += 8) {
            console.log(`field ${bits}@${shift} = ${signedField(reg, shift, bits)} unsigned ${(reg >>> shift) & ((1 << bits) - 1)}`);
        }
    }
    let w: u32 = 0;
    for (let i = 0; i < 8; i++) {
        w = pack(i, i * 5, Math.imul(i, 9000), 255 - i * 31);
        console.log(`pack ${i}: ${w} ${version(w)} ${flags(w)} ${length(w)} ${kind(w)}`);
    }
    return 0;
}

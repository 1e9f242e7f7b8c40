import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// Saturating arithmetic for each width, written with guards instead of wrapping, and a
// saturating accumulator fed with a signed sequence.

function addU8(a: u8, b: u8): u8 {
    const s = a + b;
    return s > 255 ? 255 : s;
}

function subU8(a: u8, b: u8): u8 {
    return a > b ? u8(a - b) : 0;
}

function addI8(a: i8, b: i8): i8 {
    const s = a + b;
    if (s > 127) {
        return 127;
    }
    if (s < -128) {
        return -128;
    }
    return s;
}

function mulI16(a: i16, b: i16): i16 {
    const p = a * b;
    return p > 32767 ? 32767 : p < -32768 ? -32768 : p;
}

function addU16(a: u16, b: u16): u16 {
    return Math.min(a + b, 65535);
}

function addU32(a: u32, b: u32): u32 {
    const s = a + b;
    return s > 0xffffffff ? 0xffffffff : s;
}

function addI32(a: i32, b: i32): i32 {
    return Math.max(-2147483648, Math.min(2147483647, a + b));
}

export function main(): number {
    console.log(`u8 ${addU8(200, 55)} ${addU8(200, 56)} ${addU8(255, 255)} ${subU8(3, 5)} ${subU8(5, 3)}`);
    console.log(`i8 ${addI8(100, 27)} ${addI8(100, 28)} ${addI8(-100, -28)} ${addI8(-100, -29)} ${addI8(-128, 127)}`);
    console.log(`i16 ${mulI16(181, 181)} ${mulI16(182, 181)} ${mulI16(-300, 300)} ${mulI16(-32768, -1)} ${mulI16(-32768, 1)}`);
    console.log(`u16 ${addU16(65535, 1)} ${addU16(30000, 30000)} ${addU16(40000, 30000)}`);
    console.log(`u32 ${addU32(0xffffffff, 1)} ${addU32(0x7fffffff, 0x80000000)} ${addU32(0x80000000, 0x80000000)}`);
    console.log(`i32 ${addI32(2147483647, 1)} ${addI32(-2147483648, -1)} ${addI32(-2147483648, 2147483647)} ${addI32(1000, -3000)}`);
    let level: i8 = 0;
    let volume: u8 = 128;
    for (let i = 0; i < 40; i++) {
        const step = i % 3 === 0 ? -17 : 23;
        level = addI8(level, step);
        volume = step < 0 ? subU8(volume, 40) : addU8(volume, 23);
        if (i % 5 === 4) {
            console.log(`step ${i}: level ${level} volume ${volume}`);
        }
    }
    return 0;
}

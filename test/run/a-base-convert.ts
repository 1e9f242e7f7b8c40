import { u8, u32, i32 } from "riotscript";

// Printing integers in bases 2 to 36 through a digit buffer, and parsing them back.

const DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106,
    107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122] as const;
const buf = new Uint8Array(33);

/** Writes the digits of x in `base` at the end of buf; returns the index of the first. */
function toBase(x: u32, base: u8): u8 {
    let pos: u8 = 32;
    let v = x;
    if (base < 2 || base > 36) {
        return pos;
    }
    while (pos > 0) {
        const d = v % base;
        pos--;
        buf[pos] = DIGITS[d];
        v = Math.trunc(v / base);
        if (v === 0) {
            break;
        }
    }
    return pos;
}

function parse(start: u8, base: u8): u32 {
    let v: u32 = 0;
    for (let i = start; i < 32; i++) {
        const c = buf[i];
        const d = c >= 97 ? c - 87 : c - 48;
        v = u32(v * base + d);
    }
    return v;
}

function digitsOf(x: u32, base: u8): i32 {
    const start = toBase(x, base);
    return 32 - start;
}

function firstLast(x: u32, base: u8): void {
    const start = toBase(x, base);
    console.log(`${x} base ${base}: ${32 - start} digits, first ${buf[start]} last ${buf[31]} back ${parse(start, base)}`);
}

const bases = [2, 3, 8, 10, 16, 36] as const;
const xs = [0, 1, 35, 36, 255, 1000, 65535, 2147483647, 4294967295] as const;

export function main(): number {
    for (let j = 0; j < bases.length; j++) {
        for (let i = 0; i < xs.length; i++) {
            firstLast(xs[i], bases[j]);
        }
    }
    let total = 0;
    for (let b = 2; b <= 36; b++) {
        total = i32(total + digitsOf(123456789, b));
    }
    console.log(`total digits ${total}`);
    const neg = -123456;
    console.log(`negative as u32 ${neg >>> 0} digits16 ${digitsOf(neg >>> 0, 16)}`);
    return 0;
}

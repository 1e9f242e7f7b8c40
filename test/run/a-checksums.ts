import { u8, u16, u32, i32 } from "riotscript";

// Fletcher-16, Fletcher-32 and Adler-32 over a generated buffer, with u32() wrapping and
// explicit modular reduction.

const data = new Uint8Array(64);
const words = new Uint16Array(16);

function fletcher16(n: i32): u16 {
    let s1: u16 = 0;
    let s2: u16 = 0;
    for (let i = 0; i < n && i < data.length; i++) {
        s1 = (s1 + data[i]) % 255;
        s2 = (s2 + s1) % 255;
    }
    return u16((s2 << 8) | s1);
}

function fletcher32(): u32 {
    let s1: u32 = 0xffff;
    let s2: u32 = 0xffff;
    for (const w of words) {
        s1 = (s1 + w) % 65535;
        s2 = (s2 + s1) % 65535;
    }
    return ((s2 << 16) | s1) >>> 0;
}

function adler32(n: i32): u32 {
    let a: u32 = 1;
    let b: u32 = 0;
    for (let i = 0; i < n && i < data.length; i++) {
        a = (a + data[i]) % 65521;
        b = (b + a) % 65521;
    }
    return u32(b * 65536 + a);
}

function sumWrap(): u32 {
    let s: u32 = 0;
    for (let i = 0; i < data.length; i++) {
        s = u32(s * 31 + data[i]);
    }
    return s;
}

export function main(): number {
    for (let i = 0; i < data.length; i++) {
        data[i] = u8(i * 7 + (i >> 3) * 13 + 200);
    }
    for (let i = 0; i < words.length; i++) {
        words[i] = u16(Math.imul(i + 1, 40503));
    }
    for (let n = 0; n <= 64; n += 8) {
        console.log(`n=${n} fletcher16 ${fletcher16(n)} adler32 ${adler32(n)}`);
    }
    console.log(`fletcher32 ${fletcher32()} sumWrap ${sumWrap()}`);
    data[0] = 255;
    data[63] = 0;
    console.log(`changed fletcher16 ${fletcher16(64)} adler32 ${adler32(64)} sumWrap ${sumWrap()}`);
    return 0;
}

import { u8, u32, i32 } from "riotscript";

// Hex digit tables: nibble -> ASCII code, and ASCII code -> nibble (255 = not a digit).
const HEX_DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102] as const;
const HEX_VALUE = [
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 255, 255, 255, 255, 255, 255,
    255, 10, 11, 12, 13, 14, 15, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 10, 11, 12, 13, 14, 15, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
] as const;

const WORD_DIGITS = [0x44, 0x65, 0x41, 0x64, 0x42, 0x65, 0x65, 0x46] as const;
const text = new Uint8Array(40);
const bytes = new Uint8Array(20);

// writes the hex form of src into dst; returns the number of ASCII codes written
function toHex(src: Uint8Array, dst: Uint8Array): i32 {
    let n = 0;
    for (let i = 0; i < src.length; i++) {
        if (n + 1 >= dst.length) {
            break;
        }
        dst[n] = HEX_DIGITS[src[i] >> 4];
        dst[n + 1] = HEX_DIGITS[src[i] & 15];
        n = i32(n + 2);
    }
    return n;
}

// parses pairs of hex digits; returns bytes parsed or -1 at the first bad digit
function fromHex(src: Uint8Array, count: i32, dst: Uint8Array): i32 {
    let out = 0;
    for (let i = 0; i < src.length - 1; i += 2) {
        if (i + 1 >= count) {
            break;
        }
        const hi = HEX_VALUE[src[i]];
        const lo = HEX_VALUE[src[i + 1]];
        if (hi === 255 || lo === 255) {
            return -1;
        }
        if (out >= dst.length) {
            break;
        }
        dst[out] = (hi << 4) | lo;
        out = i32(out + 1);
    }
    return out;
}

function parseHexWord(src: Uint8Array): u32 {
    let v: u32 = 0;
    for (const c of src) {
        const d = HEX_VALUE[c];
        if (d === 255) {
            break;
        }
        v = u32((v << 4) | d);
    }
    return v;
}

export function main(): number {
    for (let i = 0; i < bytes.length; i++) {
        bytes[i] = u8(Math.imul(i, 73) + 5);
    }
    const n = toHex(bytes, text);
    console.log(`wrote ${n} digits: first ${text[0]} ${text[1]} last ${text[38]} ${text[39]}`);
    let sum: u32 = 0;
    for (let i = 0; i < n; i++) {
        sum = u32(sum + Math.imul(text[i], i + 1));
    }
    console.log(`digit checksum ${sum}`);
    const back = new Uint8Array(20);
    const m = fromHex(text, n, back);
    let same = true;
    for (let i = 0; i < back.length; i++) {
        if (back[i] !== bytes[i]) same = false;
    }
    console.log(`parsed ${m} same=${same} back[7]=${back[7]}`);
    text[10] = 0x47; // 'G'
    console.log(`bad digit -> ${fromHex(text, n, back)}`);
    const word = new Uint8Array(8);
    for (let i = 0; i < 8; i++) {
        word[i] = WORD_DIGITS[i];
    }
    console.log(`word ${parseHexWord(word)}`);
    word[4] = 0x2d;
    console.log(`short word ${parseHexWord(word)}`);
    let valid = 0;
    for (let c = 0; c < 256; c++) {
        if (HEX_VALUE[c] !== 255) valid = i32(valid + 1);
    }
    console.log(`valid digits ${valid} A=${HEX_VALUE[65]} f=${HEX_VALUE[102]} z=${HEX_VALUE[122]}`);
    return 0;
}

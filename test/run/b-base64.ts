import { u8, u32, i32 } from "riotscript";

// Base64 encode/decode with an alphabet table (ASCII codes) and a reverse table built at start.
const ALPHABET = [
    65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
    81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 97, 98, 99, 100, 101, 102,
    103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
    119, 120, 121, 122, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 43, 47,
] as const;
const PAD = 61;

const reverse = new Uint8Array(256);
const input = new Uint8Array(20);
const encoded = new Uint8Array(32);
const decoded = new Uint8Array(24);

function buildReverse(): void {
    for (let i = 0; i < reverse.length; i++) {
        reverse[i] = 0xff;
    }
    for (let i = 0; i < ALPHABET.length; i++) {
        reverse[ALPHABET[i]] = i;
    }
}

function encode(src: Uint8Array, n: i32, dst: Uint8Array): i32 {
    let o = 0;
    for (let i = 0; i < n && i < src.length; i = i32(i + 3)) {
        if (o + 4 > dst.length) break;
        const b0 = src[i];
        const b1 = i + 1 < n && i + 1 < src.length ? src[i + 1] : 0;
        const b2 = i + 2 < n && i + 2 < src.length ? src[i + 2] : 0;
        dst[o] = ALPHABET[b0 >> 2];
        dst[o + 1] = ALPHABET[((b0 & 3) << 4) | (b1 >> 4)];
        dst[o + 2] = i + 1 < n ? ALPHABET[((b1 & 15) << 2) | (b2 >> 6)] : PAD;
        dst[o + 3] = i + 2 < n ? ALPHABET[b2 & 63] : PAD;
        o = i32(o + 4);
    }
    return o;
}

function decode(src: Uint8Array, n: i32, dst: Uint8Array): i32 {
    let o = 0;
    let acc: u32 = 0;
    let bits = 0;
    for (let i = 0; i < n && i < src.length; i++) {
        const c = src[i];
        if (c === PAD) break;
        const v = reverse[c];
        if (v === 0xff) return -1;
        acc = u32(((acc << 6) | v) & 0xffffff);
        bits = i32(bits + 6);
        if (bits >= 8) {
            bits = i32(bits - 8);
            if (o < dst.length) {
                dst[o] = acc >>> bits;
                o = i32(o + 1);
            }
        }
    }
    return o;
}

function sum(buf: Uint8Array, n: i32): u32 {
    let s: u32 = 0;
    for (let i = 0; i < n && i < buf.length; i++) {
        s = u32(Math.imul(s, 33) + buf[i]);
    }
    return s;
}

export function main(): number {
    buildReverse();
    console.log(`reverse A=${reverse[65]} z=${reverse[122]} /=${reverse[47]} bad=${reverse[33]}`);
    for (let i = 0; i < input.length; i++) {
        input[i] = u8(Math.imul(i, 37) ^ 0x5a);
    }
    for (let n = 0; n <= 6; n++) {
        const e = encode(input, n, encoded);
        const d = decode(encoded, e, decoded);
        console.log(`n=${n} enc=${e} chars ${encoded[0]} ${encoded[1]} ${encoded[2]} ${encoded[3]} dec=${d} ok=${sum(decoded, d) === sum(input, n)}`);
    }
    const e = encode(input, 20, encoded);
    const d = decode(encoded, e, decoded);
    console.log(`full enc=${e} last ${encoded[e - 2]} ${encoded[e - 1]} dec=${d} hash ${sum(encoded, e)} ${sum(decoded, d)} ${sum(input, 20)}`);
    encoded[5] = 0x2e;
    console.log(`corrupt -> ${decode(encoded, e, decoded)}`);
    return 0;
}

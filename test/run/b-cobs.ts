import { u8, u32, i32 } from "riotscript";

// Consistent Overhead Byte Stuffing: encode frames so they contain no zero byte, decode back.
const src = new Uint8Array(40);
const enc = new Uint8Array(48);
const dec = new Uint8Array(40);

function cobsEncode(input: Uint8Array, n: i32, out: Uint8Array): i32 {
    if (out.length < 1) return -1;
    let codeAt = 0;
    let o = 1;
    let code = 1;
    for (let i = 0; i < n && i < input.length; i++) {
        if (o >= out.length) return -1;
        if (input[i] === 0) {
            out[codeAt] = code;
            codeAt = o;
            o = i32(o + 1);
            code = 1;
        } else {
            out[o] = input[i];
            o = i32(o + 1);
            code = i32(code + 1);
            if (code === 0xff) {
                if (o >= out.length) return -1;
                out[codeAt] = code;
                codeAt = o;
                o = i32(o + 1);
                code = 1;
            }
        }
    }
    out[codeAt] = code;
    return o;
}

function cobsDecode(input: Uint8Array, n: i32, out: Uint8Array): i32 {
    let i = 0;
    let o = 0;
    while (i < n && i < input.length) {
        const code = input[i];
        if (code === 0) return -1;
        i = i32(i + 1);
        for (let k = 1; k < code; k++) {
            if (i >= n || i >= input.length || o >= out.length) return -1;
            out[o] = input[i];
            o = i32(o + 1);
            i = i32(i + 1);
        }
        if (code !== 0xff && i < n) {
            if (o >= out.length) return -1;
            out[o] = 0;
            o = i32(o + 1);
        }
    }
    return o;
}

function hash(buf: Uint8Array, n: i32): u32 {
    let h: u32 = 2166136261;
    for (let i = 0; i < n && i < buf.length; i++) {
        h = u32(Math.imul(h ^ buf[i], 16777619));
    }
    return h;
}

function zeros(buf: Uint8Array, n: i32): i32 {
    let z = 0;
    for (let i = 0; i < n && i < buf.length; i++) {
        if (buf[i] === 0) z = i32(z + 1);
    }
    return z;
}

export function main(): number {
    for (let pattern = 0; pattern < 5; pattern++) {
        const n = 8 + pattern * 8;
        for (let i = 0; i < n; i++) {
            src[i] = (i * (pattern + 2)) % 7 === 0 ? 0 : u8(i * 31 + pattern);
        }
        const e = cobsEncode(src, n, enc);
        const d = cobsDecode(enc, e, dec);
        console.log(`pattern ${pattern}: n=${n} zeros=${zeros(src, n)} enc=${e} encZeros=${zeros(enc, e)} first=${enc[0]} dec=${d} same=${hash(src, n) === hash(dec, d)}`);
    }
    // all zeros, and no zeros at all
    for (let i = 0; i < 10; i++) {
        src[i] = 0;
    }
    const e1 = cobsEncode(src, 10, enc);
    console.log(`all zero: enc=${e1} bytes ${enc[0]} ${enc[1]} ${enc[10]}`);
    for (let i = 0; i < 10; i++) {
        src[i] = i32(i + 1);
    }
    const e2 = cobsEncode(src, 10, enc);
    const d2 = cobsDecode(enc, e2, dec);
    console.log(`no zero: enc=${e2} code=${enc[0]} dec=${d2} last=${dec[9]}`);
    enc[0] = 0;
    console.log(`corrupted decode -> ${cobsDecode(enc, e2, dec)}`);
    return 0;
}

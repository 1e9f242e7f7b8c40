// Regression: subarray() of a view ('payload.subarray(2, 10)' with payload of constant length
// 24) and of a parameter guarded by 'if (buf.length >= 10)' were rejected (RS1003 "A subarray
// position that may be negative or beyond the end"), then compiled to C with an unused
// 'payload_len' that failed the -Werror build.
import { u8, u32, i32 } from "riotscript";

const frame = new Uint8Array(32);

function countOver(buf: Uint8Array, limit: u8): i32 {
    let n = 0;
    for (let i = 0; i < buf.length; i++) {
        if (buf[i] > limit) n = i32(n + 1);
    }
    return n;
}

// zeroes bytes 2..9 of any buffer long enough
function clearMiddle(buf: Uint8Array): i32 {
    if (buf.length >= 10) {
        const mid = buf.subarray(2, 10);
        for (let i = 0; i < mid.length; i++) {
            mid[i] = 0;
        }
        return mid.length;
    }
    return 0;
}

export function main(): number {
    for (let i = 0; i < frame.length; i++) {
        frame[i] = i * 9;
    }
    const payload = frame.subarray(4, 28);
    const inner = payload.subarray(2, 10);
    inner[0] = 0xaa;
    inner[7] = 300;
    console.log(`inner len=${inner.length} frame[6]=${frame[6]} frame[13]=${frame[13]} over100=${countOver(inner, 100)}`);
    const n = clearMiddle(frame);
    let sum: u32 = 0;
    for (const b of frame) {
        sum = u32(sum + b);
    }
    console.log(`cleared ${n} sum=${sum} frame[2]=${frame[2]} frame[10]=${frame[10]}`);
    return 0;
}

// BUG: subarray() of anything but a fixed-length array is rejected even when the positions are
// guarded exactly as the diagnostic's hint asks, and even when the view's length is a
// compile-time constant:
//   RS1003 A subarray position that may be negative or beyond the end is not supported in
//   riotscript. | Test it against the length first (JavaScript clamps it; riotscript keeps views exact).
// (reported twice on the same line). Minimal repros:
//   const payload = frame.subarray(4, 28);    // frame = new Uint8Array(32): length 24
//   const inner = payload.subarray(2, 10);    // rejected
// and, with a parameter:
//   function f(buf: Uint8Array): void { if (buf.length >= 10) { const v = buf.subarray(2, 10); ... } }
// Expected: both compile (2..10 is within 0..24, and within 0..buf.length under the guard);
// Node prints the lines below.
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

import { i32, u32 } from "riotscript";

// Kernels written the way a C programmer's TypeScript reads: an early-return guard on the
// positions, Math.min as the loop bound, indexes through const temporaries (const o = i,
// const at = rec + f). Every index is proven; out-of-range requests return 0 in both.

const data = new Uint8Array(300);
const STARTS = [0, 5, -1, 20, 0, 299] as const;
const ENDS = [300, 17, 10, 10, 301, 300] as const;

function checksum(b: Uint8Array, start: i32, end: i32): u32 {
    if (start < 0 || end > b.length || start > end) {
        return 0;
    }
    let s: u32 = 0;
    const stop = Math.min(end, b.length);
    for (let i = start; i < stop; i++) {
        const o = i;
        s = u32(s + b[o] * (i & 7));
    }
    return s;
}

function fields(b: Uint8Array, count: i32): u32 {
    let s: u32 = 0;
    const n = Math.min(count, b.length - 8);
    for (let rec = 0; rec < n; rec += 8) {
        const at = rec + 3;
        s = u32(s + b[at] + b[rec]);
    }
    return s;
}

export function main(): number {
    for (let i = 0; i < data.length; i++) {
        data[i] = (i * 37 + 11) & 0xff;
    }
    const part = data.subarray(10, 290);
    for (let k = 0; k < STARTS.length; k++) {
        const a = STARTS[k];
        const b = ENDS[k];
        const whole = checksum(data, a, b);
        const inPart = checksum(part, a, b);
        console.log(`checksum ${a}..${b}: ${whole} ${inPart}`);
    }
    const f0 = fields(data, 300);
    const f1 = fields(part, 100);
    const f2 = fields(part, -5);
    console.log(`fields ${f0} ${f1} ${f2}`);
    return 0;
}

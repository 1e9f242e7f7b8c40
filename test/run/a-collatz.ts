import { u16, u32, i32 } from "riotscript";

// Collatz sequences: step counts, peaks (which exceed 2^16 and 2^31 for some starts), and the
// longest chain below a bound, with a u32 guard against overflow.

function steps(start: u32): i32 {
    let n = start;
    let k = 0;
    while (n !== 1 && n !== 0 && k < 1000) {
        if ((n & 1) === 0) {
            n = n >>> 1;
        } else if (n <= 1431655764) {
            n = 3 * n + 1;
        } else {
            return -1;
        }
        k++;
    }
    return k;
}

function peak(start: u32): u32 {
    let n = start;
    let top = n;
    let guard = 0;
    while (n > 1 && guard < 1000) {
        n = (n & 1) === 0 ? n >>> 1 : u32(3 * n + 1);
        top = Math.max(top, n);
        guard++;
    }
    return top;
}

const starts = [1, 2, 3, 6, 7, 9, 27, 97, 871, 6171, 77031, 837799, 1431655765, 4294967295] as const;

export function main(): number {
    for (let i = 0; i < starts.length; i++) {
        console.log(`collatz ${starts[i]}: steps ${steps(starts[i])} peak ${peak(starts[i])}`);
    }
    let best = 0;
    let bestStart = 0;
    for (let s = 1; s < 3000; s++) {
        const k = steps(s);
        if (k > best) {
            best = k;
            bestStart = s;
        }
    }
    console.log(`longest below 3000: ${bestStart} with ${best} steps`);
    const hist = new Uint16Array(8);
    for (let s = 1; s <= 512; s++) {
        const k = steps(s);
        const bucket = k >> 5;
        if (bucket >= 0 && bucket < 8) {
            hist[bucket] = u16(hist[bucket] + 1);
        }
    }
    for (let b = 0; b < 8; b++) {
        console.log(`steps ${b * 32}..${b * 32 + 31}: ${hist[b]}`);
    }
    return 0;
}

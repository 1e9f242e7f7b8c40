import { u32, i32 } from "riotscript";

// A moving-sum filter over a shifting Int16Array window, with a running average and a final
// peak scan over the window.
const window = new Int16Array(8);
let filled = 0;

function push(v: i32): void {
    for (let i = window.length - 1; i > 0; i--) {
        window[i] = window[i - 1];
    }
    window[0] = v;
    if (filled < window.length) {
        filled = i32(filled + 1);
    }
}

function sum(n: i32): i32 {
    let s = 0;
    for (let i = 0; i < n; i++) {
        s = i32(s + window[i]);
    }
    return s;
}

export function main(): number {
    let seed: u32 = 7;
    for (let t = 0; t < 12; t++) {
        seed = u32(Math.imul(seed, 1664525) + 1013904223);
        const sample = i32((seed >>> 20) - 2048);
        push(sample);
        const s = sum(filled);
        const n = filled;
        const avg = n > 0 ? Math.trunc(s / n) : 0;
        console.log(`t=${t} sample=${sample} filled=${filled} sum=${s} avg=${avg}`);
    }
    let peak = 0;
    for (let i = 0; i < window.length; i++) {
        const w = window[i];
        const v = Math.abs(w);
        if (v > peak) peak = v;
        console.log(`check ${i}: ${v}`);
    }
    console.log(`peak ${peak}`);
    return 0;
}

// A table of i16 values passed to a `readonly i32[]` parameter: the function would read
// int32_t elements from an array of int16_t.
import { f64, i32, u8 } from "riotscript";

const BYTES = [3, 1, 4, 1, 5, 9, 2, 6] as const;
const WEIGHTS = [0.5, 1.5, 2.25] as const;
const SIGNED = [-7, 100, -3000] as const;

function sum(t: readonly u8[]): i32 {
    let s: i32 = 0;
    for (const x of t) {
        s = i32(s + x);
    }
    return s;
}

function weighted(t: readonly number[]): number {
    let s: number = 0;
    for (let i = 0; i < t.length; i++) {
        s = s + t[i] * f64(i + 1);
    }
    return s;
}

function smallest(t: readonly i32[]): i32 {
    let m: i32 = t[0];
    for (const x of t) {
        m = Math.min(m, x);
    }
    return m;
}

export function main(): number {
    console.log(`${sum(BYTES)} ${i32(weighted(WEIGHTS) * 100)} ${smallest(SIGNED)}`); //! RS2008 col 75
    return 0;
}

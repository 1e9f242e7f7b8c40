import { i32 } from "riotscript";

// Helper module for b-unused-exports.ts: a small library of which the entry uses only a part.
export const SCALE = 3;
export const LIMITS = [10, 20, 30] as const;

export function scaled(x: i32): i32 {
    return i32(x * SCALE);
}

export function clampTo(x: i32, k: i32): i32 {
    const lim = LIMITS[k % 3];
    return x > lim ? lim : x;
}

export function unusedHelper(x: i32): i32 {
    return i32(x + 1);
}

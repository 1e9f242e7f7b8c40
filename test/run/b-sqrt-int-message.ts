// Regression: Math.sqrt of an integer was reported as "'Math.sqrt' is not part of the
// riotscript API" (RS2004). An integer argument is now accepted: JS and C's sqrt((double)n)
// agree.
import { i32 } from "riotscript";

function isqrt(n: i32): i32 {
    return i32(Math.floor(Math.sqrt(n)));
}

export function main(): number {
    for (let n = 0; n < 50; n += 7) {
        console.log(`isqrt(${n}) = ${isqrt(n)}`);
    }
    return 0;
}

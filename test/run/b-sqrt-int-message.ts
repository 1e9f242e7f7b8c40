// BUG (diagnostic): Math.sqrt of an integer reports that Math.sqrt does not exist at all:
//   RS2004 'Math.sqrt' is not part of the riotscript API and has no C equivalent.
// Math.sqrt(x) with 'x: number' compiles, so the real problem is the integer argument; the
// diagnostic should be RS2105 (mixed integer/float, "convert with f64(x)"). Minimal repro:
//   const n = 10; const d = Math.sqrt(n);
// Expected: either the integer is accepted (JS and C's sqrt((double)n) agree) or an RS2105
// diagnostic pointing at f64(n). With f64(n) the program prints the lines below.
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

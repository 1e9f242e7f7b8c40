// Regression test (fixed in the compiler).
// Was a bug: a user function named like a <math.h> function (floor, trunc, sqrt, ceil, fabs, fmod)
// makes the emitter include <math.h> (its include scan sees the name in the body) and then the
// C build fails on the clash:
//   error: conflicting types for 'sqrt'; have 'int32_t(int32_t)'
//   note: previous declaration of 'sqrt' with type 'double(double)'
// Names.of only renames C keywords and identifiers the file refers to; the libm names it
// pulls in itself are not in that set. Minimal repro:
//   function sqrt(n: i32): i32 { ... }  export function main(): number { console.log(`${sqrt(10)}`); return 0; }
// Node prints 3. Expected: the function is renamed (sqrt_) like other clashing names.
import { i32 } from "riotscript";

// integer square root by Newton's method
function sqrt(n: i32): i32 {
    if (n < 2) {
        return n < 0 ? 0 : n;
    }
    let x = n;
    let y = (x + 1) >> 1;
    while (y < x) {
        x = y;
        if (x > 0) {
            y = (x + Math.trunc(n / x)) >> 1;
        }
    }
    return x;
}

function floor(a: i32, b: i32): i32 {
    if (b > 0) {
        return i32(Math.floor(a / b));
    }
    return 0;
}

export function main(): number {
    for (let n = 0; n <= 50; n += 7) {
        console.log(`sqrt ${n} = ${sqrt(n)} floor ${floor(-n, 4)}`);
    }
    console.log(`sqrt max ${sqrt(2147483647)}`);
    return 0;
}

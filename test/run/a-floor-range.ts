// Regression test (fixed in the compiler).
// Was a bug (false positive RS2101): the range computed for Math.floor(a / b) keeps the one-off slop
// of divCorners on both ends, so a floor division by a positive divisor that may be 1 "can be"
// one beyond the dividend's type and is rejected where it always fits:
//   function f(a: i16, b: i16): i16 { if (b > 0) { return Math.floor(a / b); } return 0; }
//   error RS2101: This value can be 32768, which does not fit in 'the return type' (-32768..32767).
// floor(a / b) with b >= 1 lies within [a.lo, a.hi] (here -32768..32767), so it cannot be 32768;
// the same for i32 ("can be 2147483648") and u8/i8. Math.trunc(a / b) is accepted.
// Node prints the lines below.
import { i8, i16, i32 } from "riotscript";

function floorDiv16(a: i16, b: i16): i16 {
    if (b > 0) {
        return Math.floor(a / b);
    }
    return 0;
}

function floorDiv32(a: i32, b: i32): i32 {
    if (b >= 1) {
        return Math.floor(a / b);
    }
    return 0;
}

function floorDiv8(a: i8, b: i8): i8 {
    if (b > 0) {
        return Math.floor(a / b);
    }
    return 0;
}

export function main(): number {
    for (let b = 1; b <= 5; b++) {
        console.log(`b=${b}: ${floorDiv16(-32768, b)} ${floorDiv16(32767, b)} ${floorDiv16(-7, b)} ${floorDiv32(-2147483648, b)} ${floorDiv8(-128, b)} ${floorDiv8(-1, b)}`);
    }
    return 0;
}

// Regression test (fixed in the compiler).
// Was a bug: Math.floor(a / b) where both the dividend and the divisor may be negative emits the
// rounding test as `(a < 0 != b < 0)`, which the host build rejects:
//   error: suggest parentheses around comparison in operand of '!=' [-Werror=parentheses]
//       ... - (((int64_t)a % (int64_t)b != 0) && (a < 0 != b < 0))
// Minimal repro:
//   function fdiv(a: i32, b: i32): i32 { if (b !== 0) { return i32(Math.floor(a / b)); } return 0; }
//   console.log(`${fdiv(-7, 2)}`)  -> Node prints -4; the C does not compile.
// (Works when one sign is known, e.g. under `if (b > 0)`.) Expected: parenthesise the comparisons.
import { i8, i32 } from "riotscript";

function fdiv(a: i32, b: i32): i32 {
    if (b !== 0) {
        return i32(Math.floor(a / b));
    }
    return 0;
}

function fdiv8(a: i8, b: i8): i32 {
    if (b !== 0) {
        return Math.floor(a / b);
    }
    return 0;
}

function floorMod(a: i32, b: i32): i32 {
    if (b !== 0) {
        // floored modulo: a - b * floor(a / b)
        return i32(a - Math.imul(b, i32(Math.floor(a / b))));
    }
    return 0;
}

export function main(): number {
    for (let a = -7; a <= 7; a += 7) {
        for (let b = -3; b <= 3; b++) {
            console.log(`${a} ${b}: floor ${fdiv(a, b)} floor8 ${fdiv8(a, b)} mod ${floorMod(a, b)}`);
        }
    }
    console.log(`${fdiv(-2147483648, -1)} ${fdiv(-2147483648, 7)} ${fdiv(2147483647, -2)}`);
    return 0;
}

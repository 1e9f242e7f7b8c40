// Regression test (fixed in the compiler).
// Was a bug (false positive RS2102, precision): the range of `a & b`, `a | b`, `a ^ b` is the whole
// i32 range as soon as one operand may be negative, even when both are narrow, so ordinary
// arithmetic on the result is rejected as "beyond 2^53":
//   function f(x: i8): void { console.log(`${(x & -4) * 100000000}`); }  // round down to 4, scale
//   error RS2102: This integer expression can reach 214748364700000000, beyond 2^53, where
//   JavaScript numbers stop being exact.
// For i8 x: x & -4 is in -128..124, x ^ 0x55 and x | 1 in -128..127, so the products stay
// below 1.3e10. (With two's complement operands of at most n bits, & | ^ give a result of at
// most n bits, signed when either operand is.) Node prints the lines below.
import { u8, i8, i16, i32 } from "riotscript";

function scaled(x: i8): void {
    const down = (x & -4) * 100000000;
    const flipped = (x ^ 0x55) * 100000000;
    const odd = (x | 1) * 100000000;
    console.log(`${x}: ${down} ${flipped} ${odd}`);
}

function wide(s: i16, m: u8): void {
    console.log(`${s} ${m}: ${(s | m) * 1000000000} ${(s & m) * 1000000000} ${(s ^ m) * 3000000000}`);
}

export function main(): number {
    scaled(-128);
    scaled(-1);
    scaled(127);
    wide(-32768, 255);
    wide(32767, 0);
    wide(-1, 128);
    return 0;
}

// Regression test (fixed in the compiler).
// Was a bug: a conversion or `>>> 0` / `| 0` applied to a constant (u32(-1), -1 >>> 0,
// i32(0x80000000)) is no longer folded to a literal with a one-value range: it is emitted as
// `-1u` / `(int32_t)0x80000000u` with the full u32/i32 range. A comparison of a narrow value
// with it is then not decided at compile time, and GCC stops the host build:
//   return e != -1u;            error: comparison is always true due to limited range of data
//                               type [-Werror=type-limits]
//   return c > (int32_t)0x80000000u;   same
// Minimal repro:
//   function f(e: u16): boolean { return e !== u32(-1); }
// Node prints the line below. (Written as a literal, `e !== 0xffffffff` is decided and builds.)
import { u8, u16, u32, i32 } from "riotscript";

const NONE = u32(-1);

function isSet(e: u16): boolean {
    return e !== u32(-1);
}

function allOnes(c: u8): boolean {
    return c === (-1 >>> 0);
}

function aboveMin(c: u8): boolean {
    return c > i32(0x80000000);
}

function notNone(x: u16): boolean {
    return x !== NONE;
}

export function main(): number {
    console.log(`${isSet(5)} ${allOnes(255)} ${aboveMin(0)} ${notNone(65535)}`);
    return 0;
}

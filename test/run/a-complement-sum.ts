// Regression test (fixed in the compiler).
// Was a bug: `c + ~c` with c a narrow unsigned (u8/u16) is emitted as
//   c + (int32_t)~(uint32_t)c
// and GCC folds it and stops the host build:
//   error: integer overflow in expression '(int)c + (int)~(unsigned int)c' of type 'int'
//   results in '-1' [-Werror=overflow]
// (found by random expressions; the value is exact and always -1). `~c` on a u8 could simply
// be `~c` on the promoted int (or ~(int32_t)c), which GCC does not complain about.
// Minimal repro:
//   function f(c: u8): i32 { return c + ~c; }
// Node prints "-1 -1 -1".
import { u8, u16, i32 } from "riotscript";

function f(c: u8): i32 {
    return c + ~c;
}

function g(w: u16): i32 {
    return w + ~w;
}

export function main(): number {
    console.log(`${f(0)} ${f(200)} ${g(65535)}`);
    return 0;
}

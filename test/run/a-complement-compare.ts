// BUG: when a conditional's test is decided by ranges (`d >= 65535` for d: i8 is always
// false) the C keeps the conditional as `(false ? (int32_t)d : (int32_t)e)`; compared with a
// complement of an unsigned value (`~e`, emitted `-1 - e`), GCC looks through the folded
// conditional, sees an unsigned short against a "promoted bitwise complement", and the host
// build fails:
//   error: comparison of promoted bitwise complement of an unsigned value with unsigned
//   [-Werror=sign-compare]
//       ... (false ? (int32_t)d : (int32_t)e) > -1 - e ...
// (found by random expressions). Minimal repro:
//   function f(d: i8, e: u16): boolean { return (d >= 65535 ? d : e) > ~e; }
// Node prints the line below. Expected: a decided conditional is replaced by its branch (the
// comparison is then decided as well: e > ~e always holds), or ~e is emitted as ~(int32_t)e.
import { i8, u16, i32 } from "riotscript";

function f(d: i8, e: u16): boolean {
    return (d >= 65535 ? d : e) > ~e;
}

export function main(): number {
    console.log(`${f(-1, 0)} ${f(5, 65535)} ${f(-128, 300)}`);
    return 0;
}

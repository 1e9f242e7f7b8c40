// BUG: comparing an i8/i16 value with a u32 after a test has proved the narrow value
// non-negative emits a plain C comparison of the two, which the host build rejects:
//   if (a >= 0) { return a < n; }        // a: i16, n: u32
//   -> return a < n;
//   error: comparison of integer expressions of different signedness: 'int16_t' {aka 'short
//   int'} and 'uint32_t' {aka 'unsigned int'} [-Werror=sign-compare]
// (found by random statement programs). Without the test the comparison is done in int64_t
// and builds; comparable() only casts a non-negative *32-bit* signed operand to uint32_t
// ("signedWide" requires bits >= 32), so an int8_t/int16_t one is left as is, and C's
// promotion makes it int against unsigned. The same after `&&`/`||` carry a fact into the
// right operand: `x > n && x !== n`. Minimal repro:
//   function below(a: i16, n: u32): boolean { if (a >= 0) { return a < n; } return true; }
// Node prints the line below.
import { u32, i8, i16 } from "riotscript";

function below(a: i16, n: u32): boolean {
    if (a >= 0) {
        return a < n;
    }
    return true;
}

function sameCount(c: i8, total: u32): boolean {
    return c > 0 && c === total;
}

export function main(): number {
    console.log(`${below(5, 7)} ${below(-1, 0)} ${below(32767, 4294967295)} ${sameCount(3, 3)} ${sameCount(-3, 3)}`);
    return 0;
}

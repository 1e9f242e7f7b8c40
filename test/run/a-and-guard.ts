// Regression test (fixed in the compiler).
// Was a bug (false positive): the right operand of && (and of ||) is lowered without the facts its
// left operand establishes, so the standard short-circuit guards are rejected:
//   return d !== 0 && n % d === 0;
//     error RS2104: The divisor can be zero: JavaScript gives NaN there.
//     error RS2005: The operator '&&' is not supported on numbers as a value.   (a follow-on
//       error: the rejected '%' became a number placeholder, and the message blames '&&')
//   if (d > 0 && Math.trunc(n / d) > 3) { ... }     error RS2104 (Infinity or NaN)
//   for (let d: u32 = 3; d <= 65535 && d * d <= n; d += 2)
//     error RS2102: This integer expression can reach 18446744065119617025, beyond 2^53
// In both JavaScript and C the right operand only runs when the left one holds (d !== 0,
// d <= 65535). The ternary `d !== 0 ? n % d : 0` already gets this right.
// Expected: lower `a && b` with a's facts (and `a || b` with !a's facts) in scope for b.
// Node prints the lines below.
import { u32, i32 } from "riotscript";

function divides(d: i32, n: i32): boolean {
    return d !== 0 && n % d === 0;
}

function bigQuotient(d: i32, n: i32): boolean {
    if (d > 0 && Math.trunc(n / d) > 3) {
        return true;
    }
    return false;
}

function notMultiple(d: i32, n: i32): boolean {
    return d === 0 || n % d !== 0;
}

function isPrime(n: u32): boolean {
    if (n < 2) {
        return false;
    }
    for (let d: u32 = 2; d <= 65535 && d * d <= n; d++) {
        if (n % d === 0) {
            return false;
        }
    }
    return true;
}

export function main(): number {
    for (let d = -3; d <= 3; d++) {
        console.log(`d=${d}: ${divides(d, 12)} ${divides(d, 7)} ${bigQuotient(d, 12)} ${notMultiple(d, 9)}`);
    }
    console.log(`${isPrime(97)} ${isPrime(4294967291)} ${isPrime(4294967295)} ${isPrime(2)}`);
    return 0;
}

// Regression test (fixed in the compiler).
// Was a bug (false positive RS2101, precision): for an unsigned (or otherwise non-negative) local,
// `x !== 0` / an early `if (x === 0) return` only records "x is non-zero", not "x >= 1", so
// `x - 1` afterwards "can be -1" and is rejected - in the most common recursion/countdown shape:
//   function isEven(n: u32): boolean { if (n === 0) { return true; } return isOdd(n - 1); }
//   error RS2101: This value can be -1, which does not fit in parameter 'n' (0..4294967295).
// Writing `if (n < 1)` instead compiles. A non-zero fact on a range whose lower end is 0 should
// raise the lower end to 1 (and an upper end of 0 should drop to -1). Node prints the lines below.
import { u8, u32 } from "riotscript";

// (riotscript now rejects recursion, RS4004: the shape is kept with a call that is not one.)
function half(n: u32): u32 {
    return n >>> 1;
}

function parity(n: u32): boolean {
    return (n & 1) === 0;
}

function isEven(n: u32): boolean {
    if (n === 0) {
        return true;
    }
    return !parity(n - 1);
}

function isOdd(n: u32): boolean {
    if (n === 0) {
        return false;
    }
    return !parity(half(n - 1));
}

function countdown(start: u8): u8 {
    let n: u8 = start;
    let steps: u8 = 0;
    while (n !== 0) {
        n = n - 1;
        if (steps < 255) {
            steps++;
        }
    }
    return steps;
}

export function main(): number {
    console.log(`${isEven(10)} ${isOdd(7)} ${isEven(255)} ${countdown(0)} ${countdown(200)}`);
    return 0;
}

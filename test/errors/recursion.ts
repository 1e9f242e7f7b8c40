// Recursion, direct and mutual: its depth has no bound the compiler can see, and a board's
// stack is small. Node throws a RangeError where C overflows the stack (this was a
// segfault, or a hang at -O2, for infinite recursion).
import { i32, u32 } from "riotscript";

function forever(n: i32): i32 {
    return i32(forever(i32(n + 1)) + 1); //! RS4004 col 16
}

function isEven(n: u32): boolean {
    if (n < 1) {
        return true;
    }
    return isOdd(n - 1);
}

function isOdd(n: u32): boolean {
    if (n < 1) {
        return false;
    }
    return isEven(n - 1); //! RS4004 col 12
}

export function main(): number {
    console.log(`${forever(0)} ${isEven(7)}`);
    return 0;
}

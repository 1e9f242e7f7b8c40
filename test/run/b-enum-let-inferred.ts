// BUG: an unannotated 'let' initialised with an enum member gets the type i32 instead of the
// enum (TypeScript's type is the enum), so storing it back into an enum-typed field or
// returning it is rejected, with a hint naming a C type as if it were a TypeScript function:
//   RS2101 This value can be -2147483648, which does not fit in 'this field' (0..4294967295).
//   JavaScript would keep -2147483648; C would wrap it. | Wrap it on purpose with Result_t(...), ...
// Minimal repro:
//   const enum Result { Ok, Bad }
//   function f(x: i32): Result { let r = Result.Ok; if (x > 3) r = Result.Bad; return r; }
// With 'let r: Result = Result.Ok' it compiles. Expected: the same (the variable has the
// enum's type), and a hint that never names 'Result_t'. Node prints the lines below.
import { i32 } from "riotscript";

const enum Result { Ok, TooSmall, TooLarge }

class Check {
    last: Result = Result.Ok;
    failures: i32 = 0;
}

const check = new Check();

function validate(x: i32): Result {
    let r = Result.Ok;
    if (x < 10) {
        r = Result.TooSmall;
    } else if (x > 100) {
        r = Result.TooLarge;
    }
    check.last = r;
    if (r !== Result.Ok) {
        check.failures = i32(check.failures + 1);
    }
    return r;
}

export function main(): number {
    for (let x = 1; x < 200; x += 37) {
        const r = validate(x);
        console.log(`validate ${x} -> ${r} (last ${check.last})`);
    }
    console.log(`failures ${check.failures}`);
    return 0;
}

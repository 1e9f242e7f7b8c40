// Regression: an unannotated 'let' initialised with an enum member ('let r = Result.Ok') was
// typed i32 instead of the enum, so storing it into an enum field or returning it was
// rejected (RS2101, with a hint naming the C type 'Result_t(...)').
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

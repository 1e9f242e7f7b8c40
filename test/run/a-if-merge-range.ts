// Regression test (fixed in the compiler).
// Was a bug (false positive RS2101, precision): a variable assigned inside an `if` without `else`
// loses everything known about it after the `if`, instead of keeping the union of "before" and
// "after the branch". Straight-line code that can never overflow is then rejected:
//   let n = 0;
//   if (a) { n += 1; }
//   if (b) { n += 2; }    // error RS2101: This value can be 2147483649, which does not fit in ''n''
// n is at most 3 here. (Also note the doubled quotes in ''n'' in the message.) The same happens
// for `if (..) { n = 5; } else { n = 7; }` followed by `n += 1`. Node prints the lines below.
import { u8, i32 } from "riotscript";

function flags(a: boolean, b: boolean, c: boolean): i32 {
    let n = 0;
    if (a) {
        n += 1;
    }
    if (b) {
        n += 2;
    }
    if (c) {
        n += 4;
    }
    return n;
}

function pick(a: boolean): u8 {
    let v: u8 = 0;
    if (a) {
        v = 5;
    } else {
        v = 7;
    }
    v += 1;
    return v;
}

export function main(): number {
    console.log(`${flags(false, false, false)} ${flags(true, false, true)} ${flags(true, true, true)}`);
    console.log(`${pick(true)} ${pick(false)}`);
    return 0;
}

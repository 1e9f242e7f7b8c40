// Regression test (fixed in the compiler).
// Was a bug: a local initialised from an enum member without an annotation (`let k = Kind.Small`,
// TypeScript type Kind) becomes an i32 local, and returning it from a function declared to
// return the enum is rejected with a wrong range and a hint naming a C type:
//   error RS2101: This value can be -2147483648, which does not fit in 'the return type'
//   (0..4294967295). JavaScript would keep -2147483648; C would wrap it.
//   hint: Wrap it on purpose with Kind_t(...), or test the range first (for example 'if (x < 4294967295)').
// (k only ever holds 1 or 3; Kind_t(...) is not something a riotscript program can write.)
// Writing `let k: Kind = Kind.Small` compiles. Minimal repro:
//   const enum Kind { Small = 1, Large = 3 }
//   function kindOf(size: i32): Kind { let k = Kind.Small; if (size > 10) { k = Kind.Large; } return k; }
// Node prints "1 3". Expected: the local keeps the enum type, as TypeScript infers it.
import { i32 } from "riotscript";

const enum Kind { Small = 1, Medium = 2, Large = 3 }

function kindOf(size: i32): Kind {
    let k = Kind.Small;
    if (size > 10) {
        k = Kind.Large;
    } else if (size > 5) {
        k = Kind.Medium;
    }
    return k;
}

export function main(): number {
    for (let s = 0; s < 20; s += 4) {
        console.log(`kind ${s} ${kindOf(s)}`);
    }
    return 0;
}

// BUG: a class whose name plus the generated '_t' suffix is a C standard type ('int8' ->
// 'int8_t', 'size' -> 'size_t', 'uint32' -> 'uint32_t') gets a typedef that clashes with the
// system header, so the C does not compile:
//   error: conflicting types for 'int8_t'; have 'struct <anonymous>'
//   error: conflicting types for 'size_t'; have 'struct <anonymous>'
// docs/language.md says names that clash with C ("keywords, *_t, ...") get a trailing '_';
// the typedef made from a class name is not covered. Minimal repro:
//   class size { n: i32 = 4; }
//   const b = new size();
//   export function main(): number { console.log(`${b.n}`); return 0; }
// Expected: the struct's C name avoids the clash; Node prints the lines below.
import { i32, u32 } from "riotscript";

// a block allocator's bookkeeping: a 'size' class for sizes and an 'int8' class for a small
// signed counter pair
class size {
    bytes: u32 = 0;
    blocks: i32 = 0;
    add(n: u32): void {
        this.bytes = u32(this.bytes + n);
        this.blocks = i32(this.blocks + 1);
    }
}

class int8 {
    lo: i32 = -128;
    hi: i32 = 127;
}

const used = new size();
const range = new int8();

export function main(): number {
    for (let i = 1; i <= 5; i++) {
        used.add(u32(i * 48));
        console.log(`alloc ${i}: bytes=${used.bytes} blocks=${used.blocks}`);
    }
    const local = new size();
    local.add(7);
    console.log(`local ${local.bytes} range ${range.lo}..${range.hi}`);
    return 0;
}

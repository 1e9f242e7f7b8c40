// Regression test (fixed in the compiler).
// Was a bug: comparing a u32 with a non-negative value computed in int64_t (e.g. the sum of two u32,
// range 0..2^33-2) casts the int64 side to uint32_t, truncating it, so the comparison is
// decided on the low 32 bits. comparable() assumes "a non-negative signed value converts
// exactly", which is false for a 64-bit value above 2^32-1.
// Minimal repro:
//   function f(a: u32, b: u32): void { console.log(`${a < b + b}`); }   f(0xffffffff, 0xffffffff)
//   Node: true    C: false   (C: a < (uint32_t)((int64_t)b + (int64_t)b), i.e. 0xffffffff < 0xfffffffe)
// Expected: compare in int64_t when the signed side does not fit uint32_t.
import { u32 } from "riotscript";

function overflows(a: u32, b: u32, limit: u32): boolean {
    // "would a + b exceed the limit?" - the classic unsigned-overflow-safe test in JS
    return a + b > limit;
}

function cmp(a: u32, b: u32): void {
    console.log(`${a} ${b}: a<b+b ${a < b + b} b+b>a ${b + b > a} a+1>b ${a + 1 > b} a*2>=b ${a * 2 >= b}`);
}

export function main(): number {
    cmp(1, 2);
    cmp(10, 3);
    cmp(0xffffffff, 0xffffffff);
    cmp(0xffffffff, 0x80000000);
    console.log(`overflow ${overflows(1, 2, 10)} ${overflows(0xffffffff, 1, 0xffffffff)} ${overflows(0x80000000, 0x80000000, 5)}`);
    return 0;
}

// Regression test (fixed in the compiler).
// Was a bug: u32(a - b) where both operands are narrow unsigned (u8/u16, or one of them a small
// literal) is emitted as the plain C expression `a - b`, which C computes in *int*, so the
// "u32" value is negative in C. Storing it in a uint32_t variable happens to repair it, but
// any further operation sees the negative int: `>>>` becomes an arithmetic shift, Math.trunc
// divides a negative number, comparisons go the other way.
// Minimal repro:
//   function f(b: u8): void { console.log(`${u32(b - 1) >>> 1}`); }   f(0)
//   Node: 2147483647    C: 4294967295   (C emits `b - 1 >> 1`, i.e. -1 >> 1 printed as PRIu32)
// Also (a: u16 = 1, b: u16 = 2): u32(a - b) >>> 4  Node 268435455, C 4294967295;
// Math.trunc(u32(b - 1) / 2)  Node 2147483647, C 0;  u32(a - b) > 5  Node true, C false.
// Expected: cast the operands (or the result) to uint32_t, as modular() does for '*'.
import { u8, u16, u32 } from "riotscript";

function borrow(a: u16, b: u16): void {
    console.log(`${a}-${b}: shifted ${u32(a - b) >>> 4} half ${Math.trunc(u32(a - b) / 2)} big ${u32(a - b) > 5}`);
}

function predecessor(b: u8): void {
    console.log(`pred ${b}: ${u32(b - 1) >>> 1} ${Math.trunc(u32(b - 1) / 2)} ${u32(b - 1) % 1000}`);
}

export function main(): number {
    borrow(5, 3);
    borrow(1, 2);
    borrow(0, 65535);
    predecessor(10);
    predecessor(0);
    // stored first, the value is right in both
    const a: u16 = 1;
    const b: u16 = 2;
    const stored: u32 = u32(a - b);
    console.log(`stored ${stored} ${stored >>> 4}`);
    return 0;
}

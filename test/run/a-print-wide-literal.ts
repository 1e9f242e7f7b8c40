// Regression test (fixed in the compiler).
// Was a bug: an integer constant above 2^31 - 1 inside a 64-bit computation is emitted with an LL
// suffix (long long), so the expression's C type is long long while the format printing it is
// PRId64 ("%ld" on x86-64 Linux, where int64_t is long); the host build fails:
//   error: format '%ld' expects argument of type 'long int', but argument 2 has type
//   'long long int' [-Werror=format=]
//       printf("%" PRId64 ..., (int64_t)x + 4294967295LL, ...)
// Minimal repro:
//   function f(x: i32): void { console.log(`${x + 4294967295}`); }     f(-1)
// Node prints 4294967294. Expected: INT64_C(4294967295) (or a cast to int64_t) for such
// constants, so the expression stays int64_t.
import { u32, i32 } from "riotscript";

function show(x: i32, y: u32): void {
    console.log(`${x + 4294967295} ${y + 0x100000000} ${x - 3000000000} ${y * 2 + 0xffffffff}`);
}

export function main(): number {
    show(-1, 5);
    show(-2147483648, 0xffffffff);
    show(2147483647, 0);
    return 0;
}

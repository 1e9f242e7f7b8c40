// Regression test (fixed in the compiler).
// Was a bug: when a program has both an index whose range needs the 64-bit bounds check
// (_index64, e.g. `arr[k + 1]` with k: u32, range 1..2^32) and an ordinary checked index
// (_index), the emitter uses _index(uint32_t i, ...) for *every* access, so the 64-bit index is
// truncated to 32 bits before the check: index 2^32 becomes 0 and reads arr[0].
// (Emitter.indexCall: `helpers.includes("_index64") && !helpers.includes("_index") ? "_index64" : "_index"`.)
// Minimal repro:
//   const arr = new Uint8Array(8);
//   function at(i: i32): i32 { return arr[i]; }
//   function next(k: u32): i32 { return arr[k + 1]; }
//   main: arr[0] = 42; at(3); console.log(`${next(0xffffffff)}`);
//   Node: faults "test/run/...ts:N: index out of range"    C: prints 42, exit 0
// Expected: each access uses the helper its own range needs.
import { u32, i32 } from "riotscript";

const arr = new Uint8Array(8);

function at(i: i32): i32 {
    return arr[i];
}

function next(k: u32): i32 {
    return arr[k + 1];
}

export function main(): number {
    for (let i = 0; i < 8; i++) {
        arr[i] = 40 + i;
    }
    console.log(`at ${at(3)} next ${next(2)} ${next(6)}`);
    console.log(`next ${next(0xffffffff)}`);
    return 0;
}

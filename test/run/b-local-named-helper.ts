// BUG: a local variable named like the generated bounds-check helper ('_index') is emitted
// verbatim and shadows the helper, so a checked access later in the same function fails to
// compile:
//   int32_t _index = 2;
//   ... buf[_index(i, 8u, "...: index out of range")] ...
//   error: called object '_index' is not a function or function pointer
// Minimal repro:
//   const buf = new Uint8Array(8);
//   function pick(i: i32): i32 { const _index = 2; return i32(buf[i] + _index); }
//   export function main(): number { console.log(`${pick(3)}`); return 0; }
// (locals named 'printf', 'puts' or 'core_panic' are renamed correctly.)
// Expected: the local gets a non-clashing C name; Node prints the lines below.
import { u8, i32 } from "riotscript";

const keys = new Uint8Array(8);
const values = new Uint8Array(8);

// a tiny associative array: finds 'key', returning its value or -1
function lookup(key: u8, slot: i32): i32 {
    let _index = -1;
    for (let k = 0; k < keys.length; k++) {
        if (keys[k] === key) {
            _index = k;
            break;
        }
    }
    if (_index < 0) {
        return -1;
    }
    // the caller's slot hint is checked against the array at run time
    return i32(values[_index] + values[slot]);
}

export function main(): number {
    for (let i = 0; i < keys.length; i++) {
        keys[i] = u8(i * 11 + 3);
        values[i] = u8(i * 5);
    }
    for (let q = 0; q < 6; q++) {
        const key = u8(q * 22 + 3);
        const v = lookup(key, q);
        console.log(`lookup ${key} -> ${v}`);
    }
    return 0;
}

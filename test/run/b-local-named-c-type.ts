// BUG: a local variable named like a C type the generated code uses ('uint8_t', 'int32_t', ...)
// is emitted verbatim and shadows the type, so later declarations in the same function break:
//   int32_t uint8_t = 9;
//   uint8_t b = 200;        -> error: expected ';' before 'b'
// Minimal repro:
//   export function main(): number {
//       const uint8_t = 9; let b: u8 = 200; b = u8(b + uint8_t);
//       console.log(`${uint8_t} ${b}`); return 0; }
// Expected: such locals are renamed like C keywords are ('auto' -> 'auto_'); Node prints the
// lines below.
import { u8, i32 } from "riotscript";

export function main(): number {
    // a byte-size table named after the C types it describes
    const uint8_t = 1;
    const uint16_t = 2;
    const int32_t = 4;
    let total: u8 = 250;
    for (let i = 0; i < 3; i++) {
        total = u8(total + uint8_t + uint16_t + int32_t);
        const buf = new Uint8Array(4);
        buf[i] = total;
        console.log(`i=${i} total=${total} buf=${buf[i]}`);
    }
    return 0;
}

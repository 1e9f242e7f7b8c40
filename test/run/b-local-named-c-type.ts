// Regression: a local named like a C type ('uint8_t', 'int32_t') was emitted verbatim and
// shadowed the type, breaking later declarations in the same function.
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

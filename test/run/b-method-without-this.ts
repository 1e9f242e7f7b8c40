// Regression: a method that does not use 'this' left its receiver parameter unused, failing the
// -Werror host build ("unused parameter 'self'").
import { i32, u8 } from "riotscript";

class Codec {
    k: i32 = 3;

    clampNibble(v: i32): u8 {
        if (v < 0) return 0;
        if (v > 15) return 15;
        return u8(v);
    }

    scaled(v: i32): i32 {
        return Math.imul(v, this.k);
    }
}

const codec = new Codec();

export function main(): number {
    for (let v = -4; v < 24; v += 5) {
        console.log(`${v}: nibble ${codec.clampNibble(v)} scaled ${codec.scaled(v)}`);
    }
    return 0;
}

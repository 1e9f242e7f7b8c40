// BUG: a method that does not use 'this' compiles to C that fails the host build:
//   error: unused parameter 'self' [-Werror=unused-parameter]
//     static int32_t Scaler_apply(Scaler_t *self, int32_t v)
// Minimal repro:
//   class Scaler { k: i32 = 3; apply(v: i32): i32 { return i32(v * 2); } }
//   const s = new Scaler();
//   export function main(): number { console.log(`${s.apply(4)}`); return 0; }
// Expected: the C marks the parameter used ((void)self;) and builds; Node prints the lines below.
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

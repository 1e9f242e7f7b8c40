// BUG: a second 'const' name for a typed array (a module-level array, a typed-array field or a
// Uint8Array parameter) is rejected, with a hint that recommends exactly what was written:
//   RS3006 This object cannot be copied. | Name it with a 'const' (a second name for the same
//   object), or use the original name.
// Class instances can be named this way ('const p = peers[i]' compiles, docs/language.md:
// "const q = p is a second name for it"), typed arrays cannot. Minimal repro:
//   const buf = new Uint8Array(4);
//   export function main(): number { const b = buf; b[1] = 7; console.log(`${buf[1]}`); return 0; }
// Expected: compiles as a view of the whole array (like buf.subarray(0, 4)), or a diagnostic
// whose hint names a form that compiles. Node prints the lines below.
import { u8, u16, i32 } from "riotscript";

class Channel {
    readonly samples = new Uint16Array(4);
    readonly flags = new Uint8Array(4);
}

const left = new Channel();
const right = new Channel();
const scratch = new Uint8Array(8);

function fillRamp(a: Uint8Array, start: u8): i32 {
    const out = a;
    for (let i = 0; i < out.length; i++) {
        out[i] = start + i * 3;
    }
    return out.length;
}

export function main(): number {
    const s = left.samples;
    const f = right.flags;
    for (let i = 0; i < 4; i++) {
        s[i] = u16(1000 * i + 7);
        f[i] = i * 2;
    }
    const n = fillRamp(scratch, 250);
    const alias = scratch;
    alias[7] = 42;
    console.log(`left ${left.samples[0]} ${left.samples[3]} right flags ${right.flags[1]} ${right.flags[3]}`);
    console.log(`ramp ${n}: ${scratch[0]} ${scratch[2]} ${scratch[6]} ${scratch[7]}`);
    return 0;
}

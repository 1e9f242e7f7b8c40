// Regression test (fixed in the compiler).
// Was a bug (false positive RS2101; the hint's own advice does not work): conditions narrow only
// local variables, so a module-level variable or a field incremented under exactly the guard
// the diagnostic suggests is still rejected:
//   let g: u8 = 0;  ...  if (g < 255) { g++; }
//   error RS2101: This value can be 256, which does not fit in 'g' (0..255). JavaScript would
//   keep 256; C would wrap it.
//   hint: Wrap it on purpose with u8(...), or test the range first (for example 'if (x < 255)').
// Same for a field: `if (this.count < 255) { this.count++; }` -> "does not fit in this field".
// Nothing runs between the test and the increment that could change g (no call, no store),
// so the fact holds there. Saturating global/field counters are everyday firmware code.
// Expected: facts for globals and fields that last until the next call or store that may
// change them (or at least a hint that does not suggest a guard that cannot work).
// Node prints "255 300 255 200".
import { u8, u16 } from "riotscript";

class Counter {
    count: u8 = 0;
    total: u16 = 0;

    hit(): void {
        if (this.count < 255) {
            this.count++;
        }
        this.total = u16(this.total + 1);
    }
}

const counter = new Counter();
let saturated: u8 = 0;
let level: u8 = 0;

function raise(): void {
    if (level < 200) {
        level = level + 1;
    }
}

export function main(): number {
    for (let i = 0; i < 300; i++) {
        counter.hit();
        if (saturated < 255) {
            saturated++;
        }
        raise();
    }
    console.log(`${counter.count} ${counter.total} ${saturated} ${level}`);
    return 0;
}

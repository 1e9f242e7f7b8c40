// BUG: a conditional whose branches are integer literals converts to a float when it
// initialises or is assigned to a float variable, but not when it is stored into a float
// field or a Float64Array element (a bare literal converts in all four places):
//   let x: number = 0;  x = i > 0 ? 1.0 : -1.0;       // compiles
//   b.v = i > 1 ? 2.0 : 3.0;                          // RS2105 An integer ('int') and a float ('number') are mixed here.
//   arr[i] = i > 0 ? 1.0 : -1.0;                      // RS2105 likewise (arr: Float64Array)
//   arr[i] = -1;  b.v = 3.0;                          // compile
// Expected: the field and element stores convert like the variable assignment; Node prints
// the lines below.
import { i32 } from "riotscript";

// a square-wave generator writing into a float buffer and a float field
class Osc {
    level: number = 0;
    phase: i32 = 0;
}

const osc = new Osc();
const wave = new Float64Array(8);

export function main(): number {
    for (let i = 0; i < wave.length; i++) {
        osc.phase = i32((osc.phase + 3) % 8);
        osc.level = osc.phase < 4 ? 1.0 : -1.0;
        wave[i] = osc.phase < 2 ? 0.0 : 2.0;
        console.log(`i=${i} phase=${osc.phase} level=${i32(osc.level * 100.0)} wave=${i32(wave[i] * 100.0)}`);
    }
    return 0;
}

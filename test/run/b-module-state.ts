import { i32 } from "riotscript";
import { bumpA, hits, mode, Mode } from "./lib-store-a";
import { bumpB, widthB } from "./lib-store-b";

// Module state across files: two modules each keep a private class 'Box' and instance 'box';
// the entry reads live exported 'let's and an exported enum.
class Box {
    v: i32 = -1;
}

const box = new Box();

export function main(): number {
    console.log(`start hits=${hits} mode=${mode} modes ${Mode.Idle} ${Mode.Busy} ${Mode.Sleep}`);
    for (let i = 0; i < 6; i++) {
        const a = bumpA();
        const m = mode;
        const b = bumpB(m);
        box.v = i32(box.v - a);
        console.log(`round ${i}: a=${a} b=${b} hits=${hits} mode=${mode} width=${widthB()} local=${box.v}`);
    }
    const sleeping = mode === Mode.Sleep;
    console.log(`end hits=${hits} sleeping=${sleeping}`);
    return 0;
}

import { i32, u8, u32 } from "riotscript";

// The two counters RS2101's hint offers for `n++`: one that wraps at the top as C's does
// (u32()/i32() wrap in Node too), one that stops there. Both step across the top.

let wraps: u32 = 4294967294;
let stops: u32 = 4294967294;
let signed: i32 = 2147483646;
let small: u8 = 254;

function step(): void {
    wraps = u32(wraps + 1);
    if (stops < 4294967295) stops++;
    signed = i32(signed + 1);
    if (small < 255) {
        small++;
    }
}

export function main(): number {
    for (let i = 0; i < 3; i++) {
        step();
        console.log(`wraps ${wraps} stops ${stops} signed ${signed} small ${small}`);
    }
    return 0;
}

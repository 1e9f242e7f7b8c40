import { u32, writeText } from "riotscript";

// String enums: an int enum in C whose members print as their strings. Compared with === and
// !==, switched on, stored in variables, fields and parameters, returned, and printed with
// console.log and writeText, the same in Node and C.

enum Light { Red = "red", Amber = "amber", Green = "green" }

class Junction {
    light = Light.Red;
    changes: u32 = 0;
}

const j = new Junction();
const buf = new Uint8Array(32);

function next(l: Light): Light {
    switch (l) {
    case Light.Red:
        return Light.Green;
    case Light.Green:
        return Light.Amber;
    default:
        return Light.Red;
    }
}

function step(): void {
    const before = j.light;
    j.light = next(j.light);
    if (j.changes < 1000) {
        j.changes++;
    }
    const now = j.light;
    console.log(`${before} -> ${now} (${j.changes}), stop: ${now !== Light.Green}`);
}

export function main(): number {
    for (let i = 0; i < 7; i++) {
        step();
    }
    const l = j.light;
    const n = writeText(buf, 0, `light=${l};${Light.Amber}`);
    console.log(`wrote ${n}: ${buf[0]} ${buf[n - 1]}`);
    console.log(`${Light.Green} is ${Light.Green === l ? "now" : "not now"}`);
    return 0;
}

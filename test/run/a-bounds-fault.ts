import { u8, i32 } from "riotscript";

// A histogram whose bucket index is computed from the data; the last sample maps one past
// the end, so the program stops with "index out of range" after its normal output, in Node
// and in C alike.

const hist = new Uint16Array(10);
const samples = [3, 17, 42, 99, 0, 55, 61, 98, 12, 77, 100] as const;

function bucket(x: i32): i32 {
    return Math.trunc(x / 10);
}

export function main(): number {
    let seen = 0;
    for (let i = 0; i < samples.length; i++) {
        const b = bucket(samples[i]);
        console.log(`sample ${samples[i]} -> bucket ${b}`);
        hist[b] = hist[b] + 1;
        seen = i32(seen + 1);
        let line = 0;
        for (let k = 0; k < hist.length; k++) {
            line = i32(line * 2 + (hist[k] > 0 ? 1 : 0));
        }
        console.log(`  after ${seen}: pattern ${line}`);
    }
    console.log("unreachable");
    return 0;
}

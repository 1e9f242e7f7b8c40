import { u8, i32 } from "riotscript";

// break and continue crossing switch statements: continue inside a switch continues the loop,
// labelled break and continue leave a loop from a case, and a labelled switch is left from
// inside a loop in one of its cases.

function run(limit: i32): i32 {
    let trace = 0;
    outer: for (let i = 0; i < 10; i++) {
        switch (i % 4) {
        case 0:
            trace = i32(trace * 3 + 1);
            continue;
        case 1:
            if (i > limit) {
                break outer;
            }
            break;
        case 2:
            for (let j = 0; j < 5; j++) {
                if (j === i % 3) {
                    continue outer;
                }
                trace = i32(trace + j);
            }
            break;
        default:
            trace = i32(trace - 1);
        }
        trace = i32(trace * 2);
    }
    return trace;
}

function labelledSwitch(x: i32): i32 {
    let r = 0;
    sw: switch (x) {
    case 1:
        for (let k = 0; k < 10; k++) {
            if (k === 3) {
                break sw;
            }
            r = i32(r + k);
        }
        r = 100;
        break;
    case 2: {
        let n = 5;
        while (n > 0) {
            n--;
            if (n === 2) {
                break sw;
            }
            r = i32(r + 10);
        }
        break;
    }
    default:
        r = -1;
    }
    return r;
}

export function main(): number {
    for (let l = 0; l < 12; l += 3) {
        console.log(`run ${l} = ${run(l)}`);
    }
    console.log(`sw ${labelledSwitch(1)} ${labelledSwitch(2)} ${labelledSwitch(3)}`);
    return 0;
}

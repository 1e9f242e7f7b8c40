import { i32 } from "riotscript";

// Labelled break and continue out of nested loops.

function findPair(target: i32): i32 {
    let found = -1;
    search: for (let a = 1; a < 20; a++) {
        for (let b = a; b < 20; b++) {
            if (a * b === target) {
                found = a * 100 + b;
                break search;
            }
            if (a * b > target) {
                continue search;
            }
        }
    }
    return found;
}

export function main(): number {
    console.log(`pairs ${findPair(12)} ${findPair(17)} ${findPair(361)} ${findPair(400)} ${findPair(91)}`);
    let count = 0;
    outer: for (let i = 0; i < 6; i++) {
        inner: for (let j = 0; j < 6; j++) {
            if (j > i) {
                continue outer;
            }
            if ((i + j) % 4 === 3) {
                continue inner;
            }
            if (i === 5 && j === 3) {
                break outer;
            }
            count = i32(count + 1);
            console.log(`visit ${i} ${j}`);
        }
    }
    console.log(`count ${count}`);
    let x = 0;
    let rounds = 0;
    top: while (x < 50) {
        rounds = i32(rounds + 1);
        let y = 0;
        while (y < 100) {
            y++;
            x = i32(x + y);
            if (x % 7 === 0) {
                continue top;
            }
            if (y >= 4) {
                break;
            }
            if (x > 45) {
                break top;
            }
        }
        console.log(`round ${rounds} x ${x}`);
    }
    console.log(`x ${x} rounds ${rounds}`);
    let z = 0;
    block: do {
        z = i32(z + 1);
        for (let k = 0; k < 10; k++) {
            if (k === z) {
                continue block;
            }
        }
    } while (z < 5);
    console.log(`z ${z}`);
    return 0;
}

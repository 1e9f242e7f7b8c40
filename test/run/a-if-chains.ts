import { u8, i32 } from "riotscript";

// if / else if / else chains, nested ifs and conditions combining && || !.

function classify(x: i32): i32 {
    if (x < -1000) {
        return -3;
    } else if (x < -10) {
        return -2;
    } else if (x < 0) {
        return -1;
    } else if (x === 0) {
        return 0;
    } else if (x <= 10) {
        return 1;
    } else if (x <= 1000) {
        return 2;
    }
    return 3;
}

function grade(score: u8): i32 {
    let g = 0;
    if (score >= 90) {
        g = 4;
    } else {
        if (score >= 80) {
            g = 3;
        } else if (score >= 70) {
            g = 2;
        } else if (score >= 60) {
            g = 1;
        }
    }
    return g;
}

function leap(y: i32): boolean {
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function inBox(x: i32, y: i32): boolean {
    return !(x < 0 || y < 0) && x < 10 && !(y >= 10);
}

const xs = [-5000, -1000, -999, -11, -10, -1, 0, 1, 10, 11, 1000, 1001, 2147483647] as const;

export function main(): number {
    for (let i = 0; i < xs.length; i++) {
        console.log(`classify ${xs[i]} = ${classify(xs[i])}`);
    }
    for (let s = 50; s <= 100; s += 7) {
        console.log(`grade ${s} = ${grade(s)}`);
    }
    let leaps = 0;
    for (let y = 1890; y <= 2030; y++) {
        if (leap(y)) {
            leaps = i32(leaps + 1);
            if (y % 100 === 0 || y < 1897) {
                console.log(`leap ${y}`);
            }
        }
    }
    console.log(`leaps ${leaps}`);
    for (let x = -1; x <= 10; x += 11) {
        for (let y = -1; y <= 10; y += 4) {
            console.log(`box ${x} ${y} ${inBox(x, y)} ${!inBox(x, y) && x === y}`);
        }
    }
    return 0;
}

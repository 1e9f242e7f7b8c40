import { u8, u32, i32 } from "riotscript";

// while, do-while and for loops with break and continue.

export function main(): number {
    let i = 0;
    let sum = 0;
    while (i < 1000) {
        i++;
        if (i % 3 === 0) {
            continue;
        }
        if (i > 20) {
            break;
        }
        sum = i32(sum + i);
    }
    console.log(`while sum ${sum} i ${i}`);
    let n = 27;
    let trips = 0;
    do {
        n = (n & 1) === 1 ? i32(n - 1) : n >> 1;
        trips = i32(trips + 1);
    } while (n !== 0 && trips < 100);
    console.log(`do trips ${trips}`);
    let once = 0;
    do {
        once = i32(once + 1);
    } while (false);
    console.log(`once ${once}`);
    let evens = 0;
    let odds = 0;
    for (let k = -10; k < 10; k++) {
        if (k === 7) {
            break;
        }
        if ((k & 1) === 0) {
            evens = i32(evens + k);
            continue;
        }
        odds = i32(odds + k);
    }
    console.log(`evens ${evens} odds ${odds}`);
    for (let a = 0, b = 10; a < b; a += 2, b--) {
        console.log(`pair ${a} ${b}`);
    }
    let down: u32 = 5;
    for (; down > 0;) {
        down = down - 1;
        console.log(`down ${down}`);
    }
    let tri = 0;
    for (let r = 1; r <= 5; r++) {
        for (let c = 1; c <= r; c++) {
            tri = i32(tri + c * r);
        }
    }
    console.log(`tri ${tri}`);
    let bits: u8 = 0xb5;
    let ones = 0;
    while (bits !== 0) {
        bits = bits & (bits - 1);
        ones = i32(ones + 1);
    }
    console.log(`ones ${ones}`);
    return 0;
}

import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// ++ and -- as statements, guarded at the type limits, and counters that wrap on purpose.

export function main(): number {
    let up: u8 = 250;
    while (up < 255) {
        up++;
        console.log(`up ${up}`);
    }
    let down: i8 = -125;
    while (down > -128) {
        down--;
        console.log(`down ${down}`);
    }
    let wrap: u8 = 253;
    for (let i = 0; i < 6; i++) {
        wrap = u8(wrap + 1);
        console.log(`wrap ${wrap}`);
    }
    let sw: i8 = 125;
    for (let i = 0; i < 5; i++) {
        sw = i8(sw + 1);
        console.log(`sw ${sw}`);
    }
    let c16: u16 = 3;
    for (let i = 0; i < 5; i++) {
        c16 = u16(c16 - 1);
        console.log(`c16 ${c16}`);
    }
    let big: u32 = 0xfffffffd;
    for (let i = 0; i < 5; i++) {
        big = u32(big + 1);
        console.log(`big ${big}`);
    }
    let neg: i32 = -2147483646;
    for (let i = 0; i < 4; i++) {
        neg = i32(neg - 1);
        console.log(`neg ${neg}`);
    }
    let x = 10;
    x++;
    ++x;
    x--;
    --x;
    --x;
    console.log(`x ${x}`);
    let steps = 0;
    for (let i = 100; i > 0; i--) {
        if (i % 9 === 0) {
            steps = i32(steps + 1);
        }
    }
    console.log(`steps ${steps}`);
    let j: i16 = 0;
    do {
        if (j > -100) {
            j--;
        }
    } while (j > -5);
    console.log(`j ${j}`);
    return 0;
}

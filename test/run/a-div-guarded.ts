import { u8, u32, i32 } from "riotscript";

// Division and remainder by variables that conditions prove non-zero.

function average(sum: i32, count: i32): i32 {
    if (count > 0) {
        return Math.trunc(sum / count);
    }
    return 0;
}

function ratio(a: i32, b: i32): i32 {
    if (b > 0) {
        return i32(Math.floor(a / b) + (a % b));
    } else if (b < 0) {
        return i32(Math.floor(a / b) - (a % b));
    } else {
        return 0;
    }
}

function safeDiv(a: u32, b: u8): u32 {
    return b > 0 ? Math.trunc(a / b) : a;
}

function early(a: i32, b: i32): i32 {
    if (b === 0) {
        return -1;
    }
    return i32(Math.trunc(a / b) * 10 + (a % b));
}

function negDiv(a: i32, b: i32): i32 {
    if (b < 0) {
        return (a / b) | 0;
    }
    return 0;
}

export function main(): number {
    console.log(`avg ${average(100, 7)} ${average(-100, 7)} ${average(5, 0)} ${average(-2147483648, 1)}`);
    for (let b = -4; b <= 4; b++) {
        console.log(`ratio 17/${b}=${ratio(17, b)} -17/${b}=${ratio(-17, b)} early=${early(-17, b)} neg=${negDiv(-17, b)}`);
    }
    console.log(`safe ${safeDiv(0xffffffff, 255)} ${safeDiv(1000, 0)} ${safeDiv(1000, 3)}`);
    let n: i32 = 1000000;
    let d: i32 = 1;
    while (d < 2000) {
        if (d !== 0) {
            n = i32(n - Math.trunc(n / d) + 1);
        }
        d = i32(d * 3);
        console.log(`n ${n} d ${d}`);
    }
    let steps = 0;
    let v = 123456789;
    while (v > 0) {
        const k = v % 10 + 1;
        v = Math.trunc(v / k);
        if (steps < 100) {
            steps++;
        }
        console.log(`v ${v} k ${k}`);
    }
    console.log(`steps ${steps}`);
    return 0;
}

import { u8, u32, i32 } from "riotscript";

// Deep-ish recursion: Ackermann for small arguments, mutual recursion, recursive power and sum.

function ack(m: u32, n: u32): u32 {
    if (m < 1) {
        return u32(n + 1);
    }
    if (n < 1) {
        return ack(m - 1, 1);
    }
    const inner = ack(m, n - 1);
    return ack(m - 1, inner);
}

function isEven(n: u32): boolean {
    if (n < 1) {
        return true;
    }
    return isOdd(n - 1);
}

function isOdd(n: u32): boolean {
    if (n < 1) {
        return false;
    }
    return isEven(n - 1);
}

function power(base: i32, exp: u8): i32 {
    if (exp === 0) {
        return 1;
    }
    const half = power(base, exp >> 1);
    const sq = Math.imul(half, half);
    return (exp & 1) === 1 ? Math.imul(sq, base) : sq;
}

function digitSum(n: u32): u32 {
    return n < 10 ? n : u32((n % 10) + digitSum(Math.trunc(n / 10)));
}

function hanoi(n: u8, from: u8, to: u8, via: u8): u32 {
    if (n <= 0) {
        return 0;
    }
    const a = hanoi(n - 1, from, via, to);
    const b = hanoi(n - 1, via, to, from);
    return u32(a + b + 1);
}

export function main(): number {
    for (let m = 0; m <= 3; m++) {
        for (let n = 0; n <= 4; n++) {
            console.log(`ack(${m}, ${n}) = ${ack(m, n)}`);
        }
    }
    console.log(`even ${isEven(0)} ${isEven(7)} ${isEven(100)} odd ${isOdd(0)} ${isOdd(99)} ${isOdd(250)}`);
    for (let e = 0; e <= 40; e += 5) {
        console.log(`3^${e} = ${power(3, e)} (-2)^${e} = ${power(-2, e)}`);
    }
    console.log(`digitSum ${digitSum(0)} ${digitSum(9)} ${digitSum(4294967295)} ${digitSum(1000000001)}`);
    console.log(`hanoi ${hanoi(1, 1, 3, 2)} ${hanoi(5, 1, 3, 2)} ${hanoi(16, 1, 3, 2)}`);
    return 0;
}

import { u16, u32, i16, i32 } from "riotscript";

// Q16.16 and Q8.8 fixed-point arithmetic on integers: multiply with rounding, divide,
// square roots by Newton's method, and printing integer and fractional parts.

const ONE = 65536;

function q16mul(a: i32, b: i32): i32 {
    // split the operands so no intermediate leaves 2^53
    const ah = a >> 16;
    const al = a & 0xffff;
    return i32(ah * b + ((al * b + 0x8000) >> 16));
}

function q16div(a: i32, b: i32): i32 {
    if (b === 0) {
        return a < 0 ? -2147483648 : 2147483647;
    }
    return i32(Math.trunc((a * 65536) / b));
}

function show(tag: i32, q: i32): void {
    const neg = q < 0;
    const m = Math.abs(q);
    const whole = Math.trunc(m / ONE);
    const frac = Math.trunc(((m % ONE) * 10000) / ONE);
    console.log(`${tag}: raw ${q} = ${neg ? "-" : ""}${whole}.${frac < 1000 ? "0" : ""}${frac < 100 ? "0" : ""}${frac < 10 ? "0" : ""}${frac}`);
}

function q88(a: i16, b: i16): i16 {
    return i16((a * b) >> 8);
}

function q16sqrt(x: i32): i32 {
    if (x <= 0) {
        return 0;
    }
    let g = x > ONE ? x >> 1 : ONE;
    for (let i = 0; i < 24; i++) {
        if (g <= 0) {
            break;
        }
        g = (g + q16div(x, g)) >> 1;
    }
    return g;
}

export function main(): number {
    const pi = 205887;
    const e = 178145;
    show(1, q16mul(pi, e));
    show(2, q16mul(pi, -e));
    show(3, q16div(pi, e));
    show(4, q16div(-ONE, 3 * ONE));
    show(5, q16sqrt(2 * ONE));
    show(6, q16sqrt(pi));
    show(7, q16sqrt(10000 * ONE));
    show(8, q16mul(-32768 * ONE, ONE));
    show(9, q16div(ONE, 0));
    console.log(`q88 ${q88(384, 640)} ${q88(-384, 640)} ${q88(32767, 256)} ${q88(-32768, -32768)}`);
    let acc = ONE;
    for (let i = 1; i <= 10; i++) {
        acc = q16mul(acc, ONE + (ONE >> 4));
        show(100 + i, acc);
    }
    const celsius: u16 = 2315;
    const f = Math.trunc((celsius * 9) / 5) + 3200;
    console.log(`temp ${Math.trunc(celsius / 100)}.${celsius % 100} C = ${Math.trunc(f / 100)}.${f % 100} F`);
    return 0;
}

import { u8, u16, u32, i8, i32 } from "riotscript";

// Ternaries of every integer type, nested ternaries, and && || ! in conditions.

function pickU(c: boolean, a: u32, b: u8): u32 {
    return c ? a : b;
}

function pickS(c: boolean, a: i8, b: u16): i32 {
    return c ? a : b;
}

function pickMixed(x: i32, a: u32): void {
    const v = x < 0 ? x : a;
    console.log(`mixed ${x} ${a} -> ${v} ${v > 0}`);
}

function median(a: i32, b: i32, c: i32): i32 {
    return a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
}

function truthy(x: i32, y: i32): void {
    const both = x !== 0 && y !== 0;
    const either = x !== 0 || y !== 0;
    const neither = !(x !== 0) && !(y !== 0);
    let n = 0;
    if (x && y) {
        n = n | 1;
    }
    if (x || y) {
        n = n | 2;
    }
    if (!x) {
        n = n | 4;
    }
    console.log(`truthy ${x} ${y}: ${both} ${either} ${neither} ${n} ${x ? 1 : 0} ${!y}`);
}

const ns = [3, 1, 2, 9, 9, -4, 0, -7, 5] as const;

export function main(): number {
    console.log(`pickU ${pickU(true, 0xffffffff, 3)} ${pickU(false, 0xffffffff, 3)}`);
    console.log(`pickS ${pickS(true, -128, 65535)} ${pickS(false, -128, 65535)}`);
    pickMixed(-5, 0xffffffff);
    pickMixed(5, 0xffffffff);
    pickMixed(0, 0);
    for (let i = 0; i < ns.length - 2; i++) {
        console.log(`median ${ns[i]} ${ns[i + 1]} ${ns[i + 2]} = ${median(ns[i], ns[i + 1], ns[i + 2])}`);
    }
    truthy(0, 0);
    truthy(0, -1);
    truthy(2, 0);
    truthy(-2147483648, 7);
    let flags = 0;
    for (let i = 0; i < 12; i++) {
        const a = i % 2 === 0;
        const b = i % 3 === 0;
        flags = (flags << 1) | (a && !b ? 1 : 0);
        flags = flags ^ (a || b ? 0 : 3);
    }
    console.log(`flags ${flags}`);
    return 0;
}

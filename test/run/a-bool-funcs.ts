import { u8, u16, u32, i8, i32 } from "riotscript";

// Functions taking and returning booleans: predicates, boolean parameters that select
// behaviour, booleans stored in variables and compared with === and !==.

function isPow2(x: u32): boolean {
    return x !== 0 && (x & (x - 1)) === 0;
}

function inRange(x: i32, lo: i32, hi: i32): boolean {
    return x >= lo && x <= hi;
}

function xor(a: boolean, b: boolean): boolean {
    return a !== b;
}

function pick(up: boolean, x: u8): u8 {
    if (up) {
        return x < 255 ? x + 1 : 255;
    }
    return x > 0 ? x - 1 : 0;
}

function isDigit(c: u8): boolean {
    return c >= 48 && c <= 57;
}

function allSame(a: boolean, b: boolean, c: boolean): boolean {
    return (a && b && c) || (!a && !b && !c);
}

function majority(a: boolean, b: boolean, c: boolean): boolean {
    return (a && b) || (a && c) || (b && c);
}

function signOk(x: i8, wantNeg: boolean): boolean {
    return (x < 0) === wantNeg;
}

const ps = [0, 1, 2, 3, 4, 6, 64, 1023, 1024, 0x80000000, 0xffffffff, 0x40000001] as const;

export function main(): number {
    for (let i = 0; i < ps.length; i++) {
        console.log(`isPow2 ${ps[i]} ${isPow2(ps[i])}`);
    }
    for (let x = -3; x <= 3; x += 2) {
        console.log(`inRange ${x} ${inRange(x, -1, 2)} ${inRange(x, 3, -3)} ${!inRange(x, 0, 0)}`);
    }
    let t = 0;
    for (let m = 0; m < 8; m++) {
        const a = (m & 1) !== 0;
        const b = (m & 2) !== 0;
        const c = (m & 4) !== 0;
        console.log(`m ${m}: xor ${xor(a, b)} same ${allSame(a, b, c)} maj ${majority(a, b, c)} eq ${a === c}`);
        if (majority(a, b, c) !== xor(a, c)) {
            t = i32(t + 1);
        }
    }
    console.log(`t ${t}`);
    console.log(`pick ${pick(true, 254)} ${pick(true, 255)} ${pick(false, 0)} ${pick(false, 1)}`);
    let digits = 0;
    for (let c = 40; c < 70; c++) {
        if (isDigit(c)) {
            digits = i32(digits + 1);
        }
    }
    console.log(`digits ${digits} sign ${signOk(-1, true)} ${signOk(0, true)} ${signOk(-128, false)}`);
    let flag = false;
    for (let i = 0; i < 5; i++) {
        flag = !flag;
    }
    console.log(`flag ${flag} ${flag === true} ${flag !== false} ${!flag}`);
    return 0;
}

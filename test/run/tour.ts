import { u8, u16, u32, i32, i8, readU16BE, writeU16BE } from "riotscript";

const enum Color { Red, Green = 5, Blue }
const TABLE = [1, 2, 3, 250] as const;
const N = 16;
const data = new Uint8Array(N);
let counter: u32 = 0;

class Point {
    x: i32 = 0;
    y: i32 = 0;
    constructor(x: i32, y: i32) {
        this.x = x;
        this.y = y;
    }
    norm1(): i32 {
        return i32(Math.abs(this.x) + Math.abs(this.y));
    }
    move(dx: i32): void {
        this.x = i32(this.x + dx);
    }
}

const origin = new Point(3, -4);

function fib(n: i32): u32 {
    if (n < 2) {
        return n < 0 ? 0 : n;
    }
    let a: u32 = 0;
    let b: u32 = 1;
    for (let i = 1; i < n; i++) {
        const t = u32(a + b);
        a = b;
        b = t;
    }
    return b;
}

function sum(buf: Uint8Array): u32 {
    let s: u32 = 0;
    for (let i = 0; i < buf.length; i++) {
        s = u32(s + buf[i]);
    }
    return s;
}

export function main(): number {
    for (let i = 0; i < N; i++) {
        data[i] = i * 17;
    }
    console.log(`sum ${sum(data)} fib ${fib(20)}`);
    let x: u8 = 250;
    x = u8(x + 10);
    console.log(`x ${x} ${TABLE[3]} ${Color.Blue}`);
    const c: Color = data[0] === 0 ? Color.Green : Color.Red;
    switch (c) {
    case Color.Red:
        console.log("red");
        break;
    case Color.Green:
        console.log("green");
        break;
    default:
        console.log("fallthrough");
    }
    origin.move(10);
    console.log(`norm ${origin.norm1()} ${-7 % 3} ${Math.trunc(-7 / 2)} ${Math.floor(-7 / 2)}`);
    const big: u32 = 0xffffffff;
    console.log(`${big | 0} ${big >>> 1} ${(big >> 4)} ${1 << 31} ${i8(200)} ${~5}`);
    writeU16BE(data, 2, 0xbeef);
    console.log(`${readU16BE(data, 2)} ${data[2]}`);
    outer: for (let i = 0; i < 3; i++) {
        for (let j = 0; j < 3; j++) {
            if (j === 2) continue outer;
            if (i === 2) break outer;
            counter = u32(counter + 1);
        }
    }
    console.log(`counter ${counter} ${counter > 3 ? 1 : 0} ${u16(70000)}`);
    let k = 0;
    while (k < 5) { k++; }
    do { k = i32(k - 1); } while (k > 2);
    console.log(`k ${k}`);
    return 0;
}

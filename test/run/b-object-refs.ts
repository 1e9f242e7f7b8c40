import { structArray, i8, i16, u8, u16, i32 } from "riotscript";

// References everywhere: 'this' passed to a function, one instance copied field by field from
// another, nested fields and struct-array elements passed to functions, a view of a field,
// recursion on an object, narrow signed fields that wrap.
enum Level { Low = -2, Mid = 0, High = 3 }
const T = [-5, 10, -15, 20] as const;
const IDX = [3, 0, 2, 1] as const;

class Point {
    x: i32 = 0;
    y: i32 = 0;
    n: u8 = 0;
    s: i8 = 0;
    h: i16 = 0;
    constructor(x: i32, y: i32) {
        this.x = x;
        this.y = y;
    }
    copyFrom(o: Point): void {
        this.x = o.x;
        this.y = o.y;
    }
    sumWith(o: Point): i32 {
        return i32(this.x + o.x + this.y + o.y);
    }
    report(): void {
        show(this);
    }
}

class Rect {
    readonly pos = new Point(1, 2);
    readonly buf = new Uint8Array(6);
}

class Slot {
    readonly p = new Point(0, 0);
    readonly data = new Uint8Array(4);
    flag: boolean = false;
    count: u16 = 0;
}

const slots = structArray(Slot, 3);
const rect = new Rect();

function show(p: Point): void {
    console.log(`point ${p.x},${p.y} n=${p.n} s=${p.s} h=${p.h}`);
}

function nudge(p: Point, d: i32): void {
    p.x = i32(p.x + d);
}

function fillBuf(b: Uint8Array, v: u8): void {
    for (let i = 0; i < b.length; i++) {
        b[i] = v + i;
    }
}

function walk(p: Point, k: i32): i32 {
    for (let j = k; j > 0; j--) {
        nudge(p, j);
    }
    return p.x;
}

function classify(l: Level): i32 {
    switch (l) {
        case Level.Low:
        case Level.Mid:
            return 1;
        case Level.High:
            return 2;
    }
    return 0;
}

export function main(): number {
    const a = new Point(3, 4);
    const b = new Point(10, 20);
    console.log(`sum before ${a.sumWith(b)}`);
    a.copyFrom(b);
    console.log(`sum after ${a.sumWith(b)}`);
    a.report();
    nudge(rect.pos, 5);
    rect.pos.report();
    fillBuf(rect.buf, 250);
    console.log(`buf ${rect.buf[0]} ${rect.buf[5]}`);
    const mid = rect.buf.subarray(2, 5);
    fillBuf(mid, 1);
    console.log(`buf ${rect.buf[1]} ${rect.buf[2]} ${rect.buf[4]} ${rect.buf[5]} view ${mid.length}`);
    for (let i = 0; i < slots.length; i++) {
        nudge(slots[i].p, i32(i + 1));
        fillBuf(slots[i].data, u8(i * 10));
        slots[i].flag = !slots[i].flag;
        slots[i].count = u16(slots[i].count + 4);
        slots[i].p.n = u8(slots[i].p.n + 200 + i * 30);
    }
    slots[1].flag = !slots[1].flag;
    for (const s of slots) {
        console.log(`slot x=${s.p.x} d=${s.data[3]} f=${s.flag} c=${s.count}`);
        show(s.p);
    }
    const w = walk(a, 5);
    console.log(`walk ${w} ${a.x}`);
    console.log(`levels ${Level.Low} ${Level.Mid} ${Level.High} classes ${classify(Level.Low)} ${classify(Level.Mid)} ${classify(Level.High)}`);
    console.log(`tables ${T[IDX[0]]} ${T[IDX[1]]} ${T[IDX[2]]} ${T[IDX[3]]}`);
    for (let k = 0; k < 3; k++) {
        a.s = i8(a.s - 100);
        a.h = i16(a.h + 30000);
        a.n = u8(a.n + 130);
        show(a);
    }
    return 0;
}

import { i32, u32 } from "riotscript";

class Point {
    x: i32 = 0;
    y: i32 = 0;
    constructor(x: i32, y: i32) {
        this.x = x;
        this.y = y;
    }
    set(x: i32, y: i32): void {
        this.x = x;
        this.y = y;
    }
}

class Rect {
    readonly pos = new Point(0, 0);
    readonly size = new Point(1, 1);
    id: u32 = 0;

    constructor(id: u32, x: i32, y: i32, w: i32, h: i32) {
        this.id = id;
        this.pos.set(x, y);
        this.size.set(w, h);
    }

    area(): i32 {
        return Math.imul(this.size.x, this.size.y);
    }

    right(): i32 {
        return i32(this.pos.x + this.size.x);
    }

    bottom(): i32 {
        return i32(this.pos.y + this.size.y);
    }

    contains(px: i32, py: i32): boolean {
        return px >= this.pos.x && px < this.right() && py >= this.pos.y && py < this.bottom();
    }

    moveBy(dx: i32, dy: i32): void {
        this.pos.x = i32(this.pos.x + dx);
        this.pos.y = i32(this.pos.y + dy);
    }

    grow(d: i32): void {
        this.pos.x = i32(this.pos.x - d);
        this.pos.y = i32(this.pos.y - d);
        this.size.x = i32(this.size.x + d + d);
        this.size.y = i32(this.size.y + d + d);
    }

    print(): void {
        console.log(`rect#${this.id} at (${this.pos.x},${this.pos.y}) size ${this.size.x}x${this.size.y} area ${this.area()}`);
    }
}

const screen = new Rect(1, 0, 0, 32, 16);
const cursor = new Point(5, 5);

function overlapArea(a: Rect, b: Rect): i32 {
    const l = Math.max(a.pos.x, b.pos.x);
    const t = Math.max(a.pos.y, b.pos.y);
    const ar = a.right();
    const br = b.right();
    const ab = a.bottom();
    const bb = b.bottom();
    const r = Math.min(ar, br);
    const btm = Math.min(ab, bb);
    if (r <= l || btm <= t) {
        return 0;
    }
    return Math.imul(i32(r - l), i32(btm - t));
}

function clampInto(p: Point, r: Rect): void {
    if (p.x < r.pos.x) p.x = r.pos.x;
    if (p.y < r.pos.y) p.y = r.pos.y;
    if (p.x >= r.right()) p.x = i32(r.right() - 1);
    if (p.y >= r.bottom()) p.y = i32(r.bottom() - 1);
}

export function main(): number {
    screen.print();
    const win = new Rect(2, 10, 4, 8, 6);
    win.print();
    console.log(`overlap ${overlapArea(screen, win)}`);
    for (let step = 0; step < 6; step++) {
        win.moveBy(5, 3);
        console.log(`step ${step}: win at ${win.pos.x},${win.pos.y} overlap ${overlapArea(screen, win)} inside=${screen.contains(win.pos.x, win.pos.y)}`);
    }
    win.grow(2);
    win.print();
    let hits = 0;
    for (let y = 0; y < 20; y += 3) {
        for (let x = 0; x < 40; x += 5) {
            if (screen.contains(x, y)) hits = i32(hits + 1);
        }
    }
    console.log(`hits ${hits}`);
    cursor.set(-4, 40);
    clampInto(cursor, screen);
    console.log(`cursor ${cursor.x},${cursor.y}`);
    cursor.set(100, 3);
    clampInto(cursor, win);
    console.log(`cursor ${cursor.x},${cursor.y} in win ${win.contains(cursor.x, cursor.y)}`);
    return 0;
}

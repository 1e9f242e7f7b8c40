import { i32 } from "riotscript";

class Point {
    x: i32 = 0;
    y: i32 = 0;
    visible: boolean = true;

    constructor(x: i32, y: i32) {
        this.x = x;
        this.y = y;
    }

    translate(dx: i32, dy: i32): void {
        this.x = i32(this.x + dx);
        this.y = i32(this.y + dy);
    }

    manhattan(): i32 {
        return i32(Math.abs(this.x) + Math.abs(this.y));
    }

    scale(k: i32): void {
        this.x = Math.imul(this.x, k);
        this.y = Math.imul(this.y, k);
    }

    dot(ox: i32, oy: i32): i32 {
        return i32(Math.imul(this.x, ox) + Math.imul(this.y, oy));
    }

    rotate90(): void {
        const t = this.x;
        this.x = i32(-this.y);
        this.y = t;
    }

    quadrant(): i32 {
        if (this.x >= 0) {
            return this.y >= 0 ? 1 : 4;
        }
        return this.y >= 0 ? 2 : 3;
    }

    describe(tag: i32): void {
        console.log(`p${tag} (${this.x}, ${this.y}) q${this.quadrant()} m${this.manhattan()} vis=${this.visible}`);
    }
}

const origin = new Point(0, 0);
const a = new Point(3, -4);

function moveTowardOrigin(p: Point, steps: i32): void {
    for (let i = 0; i < steps; i++) {
        if (p.x > 0) p.x = i32(p.x - 1);
        else if (p.x < 0) p.x = i32(p.x + 1);
        if (p.y > 0) p.y = i32(p.y - 1);
        else if (p.y < 0) p.y = i32(p.y + 1);
    }
}

function hide(p: Point): void {
    p.visible = false;
}

export function main(): number {
    origin.describe(0);
    a.describe(1);
    const b = new Point(-7, 2);
    b.describe(2);
    for (let r = 0; r < 4; r++) {
        b.rotate90();
        b.describe(10 + r);
    }
    a.translate(10, 10);
    a.describe(3);
    a.scale(-3);
    a.describe(4);
    console.log(`dot a.b = ${a.dot(b.x, b.y)}`);
    moveTowardOrigin(a, 5);
    a.describe(5);
    moveTowardOrigin(b, 3);
    b.describe(6);
    hide(b);
    b.describe(7);
    let total = 0;
    for (let i = 0; i < 6; i++) {
        const c = new Point(i, Math.imul(i, i) - 10);
        c.translate(-2, 1);
        total = i32(total + c.manhattan());
        console.log(`c${i} q${c.quadrant()} dot=${c.dot(a.x, a.y)}`);
    }
    console.log(`total ${total}`);
    return 0;
}

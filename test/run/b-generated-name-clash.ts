// Regression: user functions named like the compiler's generated names ('Point_init' for the
// constructor, 'Point_shift' for a method) clashed with them in C ("conflicting types for
// 'Point_init'").
import { i32 } from "riotscript";

class Point {
    x: i32 = 0;
    y: i32 = 0;
    constructor(x: i32, y: i32) {
        this.x = x;
        this.y = y;
    }
    shift(d: i32): void {
        this.x = i32(this.x + d);
    }
}

const p = new Point(2, 3);

// hand-written helpers that happen to follow the same naming pattern
function Point_init(seed: i32): i32 {
    return i32(seed * 3 + 1);
}

function Point_shift(v: i32): i32 {
    return i32(v - 1);
}

export function main(): number {
    for (let i = 0; i < 4; i++) {
        const s = Point_init(i);
        p.shift(s);
        const t = Point_shift(p.x);
        console.log(`i=${i} seed=${s} x=${p.x} shifted=${t}`);
    }
    return 0;
}

// BUG: a user function whose name matches a name the compiler generates for a class
// ('<Class>_init' for the constructor, '<Class>_<method>' for methods) clashes with it in C:
//   error: conflicting types for 'Point_init'; have 'int32_t(void)'
//   note: previous definition of 'Point_init' with type 'void(Point_t *)'
// Minimal repro:
//   class Point { y: i32 = 2; }
//   const b = new Point();
//   function Point_init(): i32 { return 5; }
//   export function main(): number { const c = Point_init(); console.log(`${b.y} ${c}`); return 0; }
// Expected: generated names never collide with user names; Node prints the lines below.
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

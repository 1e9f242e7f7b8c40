import { i32, u32 } from "riotscript";

// Helper module for b-multi-module.ts: a class, an enum, constants and functions.
export enum Shape {
    Dot = 1,
    Line = 2,
    Box = 3,
}

export const GRID = 16;
export const WEIGHTS = [3, 1, 4, 1, 5, 9, 2, 6] as const;

export class Vec2 {
    x: i32 = 0;
    y: i32 = 0;
    constructor(x: i32, y: i32) {
        this.x = x;
        this.y = y;
    }
    add(dx: i32, dy: i32): void {
        this.x = i32(this.x + dx);
        this.y = i32(this.y + dy);
    }
    wrap(): void {
        this.x = ((this.x % GRID) + GRID) % GRID;
        this.y = ((this.y % GRID) + GRID) % GRID;
    }
    cell(): i32 {
        return i32(this.y * GRID + this.x);
    }
}

function weightAt(i: i32): i32 {
    return WEIGHTS[i & 7];
}

export function cost(s: Shape, v: Vec2): u32 {
    switch (s) {
        case Shape.Dot:
            return u32(weightAt(v.x));
        case Shape.Line:
            return u32(weightAt(v.x) + weightAt(v.y));
        default:
            return u32(Math.imul(weightAt(v.x), weightAt(v.y)));
    }
}

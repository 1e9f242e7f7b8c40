import { i32 } from "riotscript";
import { Mode } from "./lib-store-a";

// Helper module for b-module-state.ts: a different private 'Box' (other fields) and 'box',
// and a private enum that shares a member name with nothing else.
class Box {
    v: i32 = 100;
    w: i32 = 5;
    grow(m: Mode): void {
        this.v = i32(this.v + Math.imul(this.w, m) + Step.Size);
        this.w = i32(this.w + 1);
    }
}

const box = new Box();

enum Step { Size = 7 }

export function bumpB(m: Mode): i32 {
    box.grow(m);
    return box.v;
}

export function widthB(): i32 {
    return box.w;
}

import { i32 } from "riotscript";

// Helper module for b-module-state.ts. It has a private class 'Box' and a private instance
// 'box', as does lib-store-b.ts; it exports a live 'let' and an enum.
class Box {
    v: i32 = 1;
    double(): void {
        this.v = i32(this.v * 2);
    }
}

const box = new Box();

export enum Mode { Idle = 1, Busy = 2, Sleep = 4 }
export let hits = 0;
export let mode: Mode = Mode.Idle;

export function bumpA(): i32 {
    box.double();
    hits = i32(hits + 1);
    mode = hits % 3 === 0 ? Mode.Sleep : Mode.Busy;
    return box.v;
}

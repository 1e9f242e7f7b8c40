import { structArray, u8, u16, i32 } from "riotscript";

// Second names for objects: a struct-array element, a nested field object and a for...of
// element, each named once with 'const' and then read, mutated and passed to functions.
class Vec {
    x: i32 = 0;
    y: i32 = 0;
}

class Sprite {
    readonly pos = new Vec();
    readonly vel = new Vec();
    frame: u8 = 0;
    hits: u16 = 0;

    advance(): void {
        this.pos.x = i32(this.pos.x + this.vel.x);
        this.pos.y = i32(this.pos.y + this.vel.y);
        this.frame = u8((this.frame + 1) & 7);
    }
}

const sprites = structArray(Sprite, 5);

function bounce(v: Vec, limit: i32, vel: Vec): boolean {
    let hit = false;
    if (v.x < 0 || v.x > limit) {
        vel.x = i32(-vel.x);
        hit = true;
    }
    if (v.y < 0 || v.y > limit) {
        vel.y = i32(-vel.y);
        hit = true;
    }
    return hit;
}

export function main(): number {
    for (let i = 0; i < sprites.length; i++) {
        const s = sprites[i];
        const v = s.vel;
        v.x = i32(i * 3 - 5);
        v.y = i32(7 - i * 2);
        s.pos.x = i32(i * 20);
        s.pos.y = 50;
    }
    for (let t = 0; t < 30; t++) {
        for (const s of sprites) {
            s.advance();
            const p = s.pos;
            if (bounce(p, 100, s.vel)) {
                s.hits = u16(s.hits + 1);
            }
        }
    }
    for (let i = 0; i < sprites.length; i++) {
        const s = sprites[i];
        const p = s.pos;
        console.log(`sprite ${i}: pos ${p.x},${p.y} vel ${s.vel.x},${s.vel.y} frame ${s.frame} hits ${s.hits}`);
    }
    const last = sprites[sprites.length - 1];
    last.hits = 0;
    let total = 0;
    for (const s of sprites) {
        total = i32(total + s.hits);
    }
    console.log(`total hits after reset of the last: ${total} last=${sprites[4].hits}`);
    return 0;
}

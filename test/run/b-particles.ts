import { structArray, u8, u16, u32, i32 } from "riotscript";

// Particles in a struct array; each element has a nested Vec field pair and a typed-array
// trail. Moves, bounces off walls, collisions counted, for...of over the elements.
class Vec {
    x: i32 = 0;
    y: i32 = 0;
    constructor(x: i32, y: i32) {
        this.x = x;
        this.y = y;
    }
}

class Particle {
    readonly pos = new Vec(0, 0);
    readonly vel = new Vec(0, 0);
    readonly trail = new Uint8Array(4);
    bounces: u16 = 0;
    alive: boolean = false;

    spawn(k: i32): void {
        this.pos.x = i32(k * 97 % 1000);
        this.pos.y = i32(k * 61 % 1000);
        this.vel.x = i32((k * 37 % 41) - 20);
        this.vel.y = i32((k * 53 % 31) - 15);
        this.alive = true;
    }

    step(t: i32): void {
        if (!this.alive) return;
        this.pos.x = i32(this.pos.x + this.vel.x);
        this.pos.y = i32(this.pos.y + this.vel.y);
        if (this.pos.x < 0 || this.pos.x >= 1000) {
            this.vel.x = i32(-this.vel.x);
            this.pos.x = this.pos.x < 0 ? 0 : 999;
            this.bounce();
        }
        if (this.pos.y < 0 || this.pos.y >= 1000) {
            this.vel.y = i32(-this.vel.y);
            this.pos.y = this.pos.y < 0 ? 0 : 999;
            this.bounce();
        }
        this.trail[t & 3] = this.pos.x >> 2;
    }

    bounce(): void {
        this.bounces = u16(this.bounces + 1);
        if (this.bounces >= 4) {
            this.alive = false;
        }
    }
}

const swarm = structArray(Particle, 10);

function aliveCount(): i32 {
    let n = 0;
    for (const p of swarm) {
        if (p.alive) n = i32(n + 1);
    }
    return n;
}

function near(a: i32, b: i32): boolean {
    const dx = i32(swarm[a].pos.x - swarm[b].pos.x);
    const dy = i32(swarm[a].pos.y - swarm[b].pos.y);
    return dx > -40 && dx < 40 && dy > -40 && dy < 40;
}

export function main(): number {
    for (let i = 0; i < swarm.length; i++) {
        swarm[i].spawn(i + 1);
    }
    console.log(`spawned ${aliveCount()} first at ${swarm[0].pos.x},${swarm[0].pos.y} vel ${swarm[0].vel.x},${swarm[0].vel.y}`);
    let close: u32 = 0;
    for (let t = 0; t < 200; t++) {
        for (const p of swarm) {
            p.step(t);
        }
        for (let a = 0; a < swarm.length; a++) {
            for (let b = a + 1; b < swarm.length; b++) {
                if (swarm[a].alive && swarm[b].alive && near(a, b)) close = u32(close + 1);
            }
        }
        if (t % 40 === 39) {
            console.log(`t=${t + 1} alive=${aliveCount()} close=${close}`);
        }
    }
    let i = 0;
    for (const p of swarm) {
        let tr: u32 = 0;
        for (const v of p.trail) {
            tr = u32(tr * 7 + v);
        }
        console.log(`p${i}: pos ${p.pos.x},${p.pos.y} vel ${p.vel.x},${p.vel.y} bounces ${p.bounces} alive ${p.alive} trail ${tr}`);
        i = i32(i + 1);
    }
    return 0;
}

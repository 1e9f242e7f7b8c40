import { f64, i32, u32 } from "riotscript";

// A bouncing ball integrated with a fixed time step; positions printed in millimetres.
class Ball {
    x: number = 0.0;
    y: number = 10.0;
    vx: number = 1.5;
    vy: number = 0.0;
    bounces: i32 = 0;

    step(dt: number, g: number, restitution: number): void {
        this.vy = this.vy - g * dt;
        this.x = this.x + this.vx * dt;
        this.y = this.y + this.vy * dt;
        if (this.y < 0.0) {
            this.y = -this.y * restitution;
            this.vy = -this.vy * restitution;
            this.bounces = i32(this.bounces + 1);
        }
    }

    energy(g: number): number {
        return 0.5 * (this.vx * this.vx + this.vy * this.vy) + g * this.y;
    }
}

const ball = new Ball();
const G = 9.81;

function mm(v: number): i32 {
    return i32(Math.floor(v * 1000.0));
}

export function main(): number {
    const dt: number = 0.01;
    let lastBounces = 0;
    let peak = ball.y;
    for (let t = 0; t < 600; t++) {
        ball.step(dt, G, 0.8);
        if (ball.y > peak) {
            peak = ball.y;
        }
        if (ball.bounces !== lastBounces) {
            lastBounces = ball.bounces;
            console.log(`bounce ${ball.bounces} at step ${t}: x=${mm(ball.x)} vy=${mm(ball.vy)} E=${mm(ball.energy(G))}`);
        }
        if (t % 100 === 99) {
            console.log(`t=${t + 1} x=${mm(ball.x)} y=${mm(ball.y)} vy=${mm(ball.vy)}`);
        }
    }
    console.log(`peak ${mm(peak)} bounces ${ball.bounces}`);
    // time to fall from 10 m, analytic vs simulated
    const height: number = 10;
    const analytic = Math.sqrt(height * 2.0 / G);
    const drop = new Ball();
    let steps: u32 = 0;
    while (drop.bounces === 0 && steps < 10000) {
        drop.step(0.001, G, 0.5);
        steps = u32(steps + 1);
    }
    const simulated = f64(steps) * 0.001;
    console.log(`fall analytic=${mm(analytic)} simulated=${mm(simulated)} close=${Math.abs(analytic - simulated) < 0.002}`);
    const ratio = simulated / analytic;
    console.log(`ratio x1e6 ${i32(ratio * 1000000.0)} u32 ${u32(ratio * 1000.0)}`);
    return 0;
}

import { i16, i32 } from "riotscript";

// A fixed-point (Q8) PID controller driving a simple first-order plant to a set point.
class Pid {
    kp: i32 = 0;
    ki: i32 = 0;
    kd: i32 = 0;
    integral: i32 = 0;
    prevError: i32 = 0;
    outMin: i32 = -1000;
    outMax: i32 = 1000;

    constructor(kp: i32, ki: i32, kd: i32) {
        this.kp = kp;
        this.ki = ki;
        this.kd = kd;
    }

    clamp(v: i32): i32 {
        if (v < this.outMin) return this.outMin;
        if (v > this.outMax) return this.outMax;
        return v;
    }

    update(setPoint: i32, measured: i32): i32 {
        const error = i32(setPoint - measured);
        this.integral = i32(this.integral + error);
        if (this.integral > 20000) this.integral = 20000;
        if (this.integral < -20000) this.integral = -20000;
        const derivative = i32(error - this.prevError);
        this.prevError = error;
        const raw = i32(Math.imul(this.kp, error) + Math.imul(this.ki, this.integral) + Math.imul(this.kd, derivative));
        return this.clamp(raw >> 8);
    }
}

class Plant {
    value: i32 = 0;
    step(drive: i32): void {
        // value moves a quarter of the way toward drive, minus a small loss
        this.value = i32(this.value + ((drive - this.value) >> 2) - (this.value >> 6));
    }
}

const history = new Int16Array(40);

function run(p: Pid, plant: Plant, setPoint: i32, steps: i32): i32 {
    let overshoot = 0;
    for (let t = 0; t < steps && t < history.length; t++) {
        const u = p.update(setPoint, plant.value);
        plant.step(u);
        history[t] = i16(plant.value);
        if (plant.value > setPoint && plant.value - setPoint > overshoot) {
            overshoot = i32(plant.value - setPoint);
        }
    }
    return overshoot;
}

export function main(): number {
    const gentle = new Pid(300, 8, 50);
    const plantA = new Plant();
    const overA = run(gentle, plantA, 500, 40);
    console.log(`gentle: final=${plantA.value} overshoot=${overA} integral=${gentle.integral}`);
    for (let t = 0; t < 40; t += 5) {
        console.log(`  t=${t} value=${history[t]}`);
    }
    const aggressive = new Pid(1200, 60, 0);
    const plantB = new Plant();
    const overB = run(aggressive, plantB, 500, 40);
    console.log(`aggressive: final=${plantB.value} overshoot=${overB} integral=${aggressive.integral}`);
    let settled = -1;
    for (let t = 39; t >= 0; t--) {
        const err = history[t] - 500;
        if (err > 25 || err < -25) {
            settled = i32(t + 1);
            break;
        }
    }
    console.log(`aggressive settles at ${settled}`);
    const neg = new Pid(256, 0, 0);
    const plantC = new Plant();
    run(neg, plantC, -300, 20);
    console.log(`negative target: final=${plantC.value} clamp=${neg.clamp(-5000)} ${neg.clamp(5000)} ${neg.clamp(7)}`);
    return 0;
}

import { f64, i32, u32 } from "riotscript";

// Running statistics over integer samples in floating point (Welford's method), printed as
// fixed-point integers.
class RunningStats {
    n: i32 = 0;
    mean: number = 0;
    m2: number = 0;
    min: number = 0;
    max: number = 0;

    add(x: number): void {
        if (this.n === 0) {
            this.min = x;
            this.max = x;
        }
        this.n = i32(this.n + 1);
        const delta = x - this.mean;
        this.mean = this.mean + delta / f64(this.n);
        this.m2 = this.m2 + delta * (x - this.mean);
        if (x < this.min) this.min = x;
        if (x > this.max) this.max = x;
    }

    variance(): number {
        return this.n > 1 ? this.m2 / f64(this.n - 1) : 0.0;
    }

    stddev(): number {
        return Math.sqrt(this.variance());
    }
}

const stats = new RunningStats();
const samples = new Int16Array(32);

function milli(x: number): i32 {
    return i32(Math.trunc(x * 1000.0));
}

export function main(): number {
    let seed: u32 = 2024;
    for (let i = 0; i < samples.length; i++) {
        seed = u32(Math.imul(seed, 1103515245) + 12345);
        samples[i] = ((seed >>> 16) & 1023) - 512;
    }
    for (let i = 0; i < samples.length; i++) {
        stats.add(f64(samples[i]));
        if ((i & 7) === 7) {
            console.log(`n=${stats.n} mean*1000=${milli(stats.mean)} sd*1000=${milli(stats.stddev())} min=${i32(stats.min)} max=${i32(stats.max)}`);
        }
    }
    // compare with the two-pass formula
    let sum: number = 0;
    for (const s of samples) {
        sum = sum + f64(s);
    }
    const mean = sum / f64(samples.length);
    let sq: f64 = 0;
    for (const s of samples) {
        const d = f64(s) - mean;
        sq = sq + d * d;
    }
    const variance = sq / f64(samples.length - 1);
    console.log(`two-pass mean*1000=${milli(mean)} var=${i32(variance)} sd*1000=${milli(Math.sqrt(variance))}`);
    const diff = Math.abs(variance - stats.variance());
    console.log(`agree=${diff < 0.000001} floor=${i32(Math.floor(mean))} trunc=${i32(Math.trunc(mean))}`);
    // z-scores of a few samples, rounded toward zero and floored
    const sd = stats.stddev();
    for (let i = 0; i < 6; i++) {
        const z = (f64(samples[i]) - stats.mean) / sd;
        console.log(`z[${i}] x100 trunc=${i32(Math.trunc(z * 100.0))} floor=${i32(Math.floor(z * 100.0))} abs=${i32(Math.abs(z) * 100.0)}`);
    }
    return 0;
}

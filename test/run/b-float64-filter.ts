import { f64, i32 } from "riotscript";

// A biquad low-pass filter with Float64Array state, coefficients from an 'as const' table,
// applied to a step and to an alternating signal; outputs printed in thousandths.
const COEFFS = [0.0675, 0.135, 0.0675, -1.143, 0.4128] as const;

class Biquad {
    readonly state = new Float64Array(4);   // x1 x2 y1 y2

    reset(): void {
        for (let i = 0; i < this.state.length; i++) {
            this.state[i] = 0.0;
        }
    }

    step(x: number): number {
        const y = COEFFS[0] * x + COEFFS[1] * this.state[0] + COEFFS[2] * this.state[1]
            - COEFFS[3] * this.state[2] - COEFFS[4] * this.state[3];
        this.state[1] = this.state[0];
        this.state[0] = x;
        this.state[3] = this.state[2];
        this.state[2] = y;
        return y;
    }
}

const signal = new Float64Array(24);
const output = new Float64Array(24);

function run(f: Biquad, input: Float64Array, out: Float64Array): void {
    f.reset();
    for (let i = 0; i < input.length && i < out.length; i++) {
        const y = f.step(input[i]);
        out[i] = y;
    }
}

function milli(x: number): i32 {
    return i32(Math.floor(x * 1000.0 + 0.5));
}

function energy(a: Float64Array): number {
    let e: number = 0;
    for (const v of a) {
        e = e + v * v;
    }
    return e;
}

export function main(): number {
    const lp = new Biquad();
    for (let i = 0; i < signal.length; i++) {
        signal[i] = 1.0;
    }
    run(lp, signal, output);
    for (let i = 0; i < output.length; i += 4) {
        console.log(`step[${i}] = ${milli(output[i])}`);
    }
    console.log(`dc gain ${milli(output[23])}`);
    for (let i = 0; i < signal.length; i++) {
        signal[i] = f64((i & 1) === 0 ? 1 : -1) + 0.25;
    }
    run(lp, signal, output);
    const tail = output.subarray(12, 24);
    console.log(`alternating: in energy ${milli(energy(signal))} out tail energy ${milli(energy(tail) * 1000.0)}`);
    let peak: number = 0;
    for (const v of tail) {
        const a = Math.abs(v);
        if (a > peak) peak = a;
    }
    console.log(`tail peak ${milli(peak)} last ${milli(output[23])} trunc ${i32(Math.trunc(output[23] * 100.0))}`);
    console.log(`coeff sum ${milli(COEFFS[0] + COEFFS[1] + COEFFS[2])} state ${milli(lp.state[2])} ${milli(f64(signal.length))}`);
    return 0;
}

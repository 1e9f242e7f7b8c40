/*
 * Kernel (floats): an exponential moving average over 256 samples and the root mean square of
 * its output, the smoothing a sensor's firmware applies before it reports.
 */
import { f64, i32, u32 } from "riotscript";

const signal = new Float64Array(256);
const ROUNDS = 200000;

function smoothedRms(x: Float64Array, alpha: number): number {
    let y = 0.0;
    let e = 0.0;
    for (let i = 0; i < x.length; i++) {
        y = y + alpha * (x[i] - y);
        e = e + y * y;
    }
    return Math.sqrt(e / 256);
}

export function main(): number {
    let seed: u32 = 3;
    for (let i = 0; i < signal.length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        signal[i] = f64(seed >>> 16) / 65536 - 0.5;
    }
    let acc = 0.0;
    for (let r = 0; r < ROUNDS; r++) {
        signal[r & 255] = f64(r & 1023) / 1024;
        acc = acc + smoothedRms(signal, 0.125);
    }
    console.log(`filter ${i32(acc * 1000)}`);
    return 0;
}

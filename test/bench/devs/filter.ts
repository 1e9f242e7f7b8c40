import { delay } from "@devicescript/core"

const signal: number[] = []
const ROUNDS = 20

function smoothedRms(x: number[], alpha: number): number {
    let y = 0.0
    let e = 0.0
    for (let i = 0; i < x.length; i++) {
        y = y + alpha * (x[i] - y)
        e = e + y * y
    }
    return Math.sqrt(e / 256)
}

let seed = 3
for (let i = 0; i < 256; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    signal.push((seed >>> 16) / 65536 - 0.5)
}
await delay(0)
let acc = 0.0
for (let r = 0; r < ROUNDS; r++) {
    signal[r & 255] = (r & 1023) / 1024
    acc = acc + smoothedRms(signal, 0.125)
    if ((r & 15) === 15) {
        await delay(0)
    }
}
console.log(`filter ${(acc * 1000) | 0}`)

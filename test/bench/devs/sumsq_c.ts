import { delay } from "@devicescript/core"

const samples = Buffer.alloc(1024)
const ROUNDS = 20

// Buffer holds bytes: read them back as signed 8-bit samples
function energy(x: Buffer): number {
    let sum = 0
    for (let i = 0; i < x.length; i++) {
        const s = (x[i] << 24) >> 24
        sum = (sum + s * s) >>> 0
    }
    return sum
}

let seed = 99
for (let i = 0; i < samples.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    samples[i] = seed >>> 16
}
await delay(0)
let acc = 0
for (let r = 0; r < ROUNDS; r++) {
    samples[r & 1023] = r
    acc = (acc + energy(samples)) >>> 0
    if ((r & 1) === 1) {
        await delay(0)
    }
}
console.log(`sumsq_c ${acc}`)

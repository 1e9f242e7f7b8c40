import { delay } from "@devicescript/core"

const data = Buffer.alloc(4096)
const ROUNDS = 20

function scan(b: Buffer, start: number, end: number): number {
    if (start < 0 || end > b.length || start > end) {
        return 0
    }
    let s = 0
    const stop = Math.min(end, b.length)
    for (let i = start; i < stop; i++) {
        const o = i
        s = (s + b[o] * ((i & 7) + 1)) >>> 0
    }
    return s
}

let seed = 99
for (let i = 0; i < data.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    data[i] = seed >>> 16
}
await delay(0)
let acc = 0
for (let r = 0; r < ROUNDS; r++) {
    data[r & 4095] = r
    acc = (acc + scan(data, r & 63, 4096 - (r & 31))) >>> 0
    await delay(0)
}
console.log(`scan ${acc}`)

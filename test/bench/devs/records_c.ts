import { delay } from "@devicescript/core"

const RECORD = 64
const frames = Buffer.alloc(4096)
const ROUNDS = 20

function parse(buf: Buffer): number {
    let sum = 0
    for (let off = 0; off + RECORD <= buf.length; off += RECORD) {
        const type = (buf[off] << 8) | buf[off + 1]
        const len = ((buf[off + 2] << 8) | buf[off + 3]) & 0x2f
        const seq = ((buf[off + 4] << 24) | (buf[off + 5] << 16) | (buf[off + 6] << 8) | buf[off + 7]) >>> 0
        const flags = buf[off + 8]
        let payload = 0
        for (let i = 0; i < len; i++) {
            payload = (payload + buf[off + 16 + i]) >>> 0
        }
        if (flags & 1) {
            sum = (sum + ((seq ^ type) >>> 0)) >>> 0
        } else {
            sum = (sum + payload + len) >>> 0
        }
    }
    return sum
}

let seed = 7
for (let i = 0; i < frames.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    frames[i] = seed >>> 16
}
await delay(0)
let acc = 0
for (let r = 0; r < ROUNDS; r++) {
    frames[r & 4095] = r
    acc = (acc + parse(frames)) >>> 0
    await delay(0)
}
console.log(`records_c ${acc}`)

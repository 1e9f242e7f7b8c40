import { delay } from "@devicescript/core"

const ROUNDS = 20

let x = 2463534242
let acc = 0
for (let i = 0; i < ROUNDS; i++) {
    x = (x ^ (x << 13)) >>> 0
    x = (x ^ (x >>> 17)) >>> 0
    x = (x ^ (x << 5)) >>> 0
    acc = (Math.imul(acc, 31) + x) >>> 0
    if ((i & 1023) === 1023) {
        await delay(0)
    }
}
console.log(`intloop ${acc}`)

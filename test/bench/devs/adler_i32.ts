import { delay } from "@devicescript/core"

const data = Buffer.alloc(4096)
const ROUNDS = 20

async function adler(b: Buffer): Promise<number> {
    let a = 1
    let s = 0
    for (let i = 0; i < b.length; i++) {
        a = (a + b[i]) % 65521
        s = (s + a) % 65521
        if ((i & 1023) === 1023) {
            await delay(0)
        }
    }
    return s * 65536 + a
}

let seed = 99
for (let i = 0; i < data.length; i++) {
    seed = (seed * 75 + 74) % 65537
    data[i] = seed % 256
    if ((i & 1023) === 1023) {
        await delay(0)
    }
}
await delay(0)
let acc = 0
for (let r = 0; r < ROUNDS; r++) {
    data[r % data.length] = r % 256
    const x = await adler(data)
    acc = (acc * 31 + (x >>> 16) + (x & 0xffff)) % 1000003
    await delay(0)
}
console.log(`adler_i32 ${acc}`)

import { delay } from "@devicescript/core"

const data = Buffer.alloc(1024)
const ROUNDS = 20

async function crc16(buf: Buffer): Promise<number> {
    let crc = 0xffff
    for (let i = 0; i < buf.length; i++) {
        crc = (crc ^ (buf[i] << 8)) & 0xffff
        for (let bit = 0; bit < 8; bit++) {
            if (crc & 0x8000) {
                crc = ((crc << 1) ^ 0x1021) & 0xffff
            } else {
                crc = (crc << 1) & 0xffff
            }
        }
        if ((i & 255) === 255) {
            await delay(0)
        }
    }
    return crc
}

let seed = 12345
for (let i = 0; i < data.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    data[i] = seed >>> 16
}
await delay(0)
let acc = 0
for (let r = 0; r < ROUNDS; r++) {
    data[r & 1023] = r
    acc = (acc + (await crc16(data))) >>> 0
}
console.log(`crc16_c ${acc}`)

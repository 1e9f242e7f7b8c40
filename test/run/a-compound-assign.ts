import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// Every compound assignment operator, on i32 and u32 values, including wrapping ones.

export function main(): number {
    let a = 1000;
    a += 234;
    console.log(`+= ${a}`);
    a -= 2000;
    console.log(`-= ${a}`);
    a *= -3;
    console.log(`*= ${a}`);
    a %= 7;
    console.log(`%= ${a}`);
    a |= 0x100;
    console.log(`|= ${a}`);
    a &= 0x1f0;
    console.log(`&= ${a}`);
    a ^= 0xfff;
    console.log(`^= ${a}`);
    a <<= 20;
    console.log(`<<= ${a}`);
    a >>= 3;
    console.log(`>>= ${a}`);
    a <<= 4;
    console.log(`<<= ${a}`);
    a >>= 28;
    console.log(`>>= ${a}`);
    let b = -1;
    b >>>= 4;
    console.log(`>>>= ${b}`);
    b >>>= 0;
    console.log(`>>>= 0 ${b}`);
    let h: u32 = 0x811c9dc5;
    for (let i = 0; i < 10; i++) {
        h = (h ^ (i * 7 + 97)) >>> 0;
        h = Math.imul(h, 16777619) >>> 0;
        console.log(`fnv ${i} ${h}`);
    }
    let m = 0x12345678;
    m ^= m << 13;
    m ^= m >> 17;
    m ^= m << 5;
    console.log(`mix ${m} ${m >>> 0}`);
    let s: i16 = -300;
    s >>= 2;
    console.log(`i16 >>= ${s}`);
    let k: u8 = 200;
    k >>= 3;
    k |= 0x80;
    k ^= 0xff;
    console.log(`u8 ops ${k}`);
    let w: u16 = 0xabcd;
    w &= 0xff0;
    w >>>= 4;
    console.log(`u16 ops ${w}`);
    let sh = 1;
    let n = 0;
    while (sh !== 0 && n < 64) {
        sh <<= 1;
        n++;
    }
    console.log(`shifted out after ${n}`);
    return 0;
}

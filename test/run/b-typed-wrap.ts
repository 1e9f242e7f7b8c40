import { i32, u32 } from "riotscript";

// Stores into every typed-array kind wrap to the element type, in JS and in C alike.
const u8s = new Uint8Array(6);
const i8s = new Int8Array(6);
const u16s = new Uint16Array(6);
const i16s = new Int16Array(6);
const u32s = new Uint32Array(6);
const i32s = new Int32Array(6);

const VALUES = [300, -1, 128, 65536 + 7, -32769, 0x7fffffff] as const;

function sumU8(a: Uint8Array): u32 {
    let s: u32 = 0;
    for (const v of a) {
        s = u32(s + v);
    }
    return s;
}

function sumI8(a: Int8Array): i32 {
    let s = 0;
    for (const v of a) {
        s = i32(s + v);
    }
    return s;
}

export function main(): number {
    for (let i = 0; i < VALUES.length; i++) {
        const v = VALUES[i];
        u8s[i] = v;
        i8s[i] = v;
        u16s[i] = v;
        i16s[i] = v;
        u32s[i] = v;
        i32s[i] = v;
        console.log(`${v}: u8=${u8s[i]} i8=${i8s[i]} u16=${u16s[i]} i16=${i16s[i]} u32=${u32s[i]} i32=${i32s[i]}`);
    }
    console.log(`sums u8=${sumU8(u8s)} i8=${sumI8(i8s)}`);
    // increments that overflow
    const counters = new Uint8Array(4);
    const small = new Int8Array(4);
    for (let k = 0; k < 300; k++) {
        counters[k & 3] = counters[k & 3] + 1;
        small[k & 3] = small[k & 3] + 3;
    }
    console.log(`counters ${counters[0]} ${counters[1]} ${counters[2]} ${counters[3]}`);
    console.log(`small ${small[0]} ${small[1]} ${small[2]} ${small[3]}`);
    // compound assignments on elements
    const acc = new Uint16Array(3);
    acc[0] = 65000;
    acc[0] += 1000;
    acc[1] = 5;
    acc[1] -= 10;
    acc[2] = 300;
    acc[2] *= 300;
    console.log(`acc ${acc[0]} ${acc[1]} ${acc[2]} len=${acc.length}`);
    const words = new Uint32Array(3);
    words[0] = 0xffffffff;
    words[0]++;
    words[1] = 0x80000000;
    words[1] <<= 1;
    words[2] = 1;
    words[2] = words[2] - 2;
    console.log(`words ${words[0]} ${words[1]} ${words[2]}`);
    const ints = new Int32Array(2);
    ints[0] = 0x7fffffff;
    ints[0] += 1;
    ints[1] = -0x80000000;
    ints[1] -= 1;
    console.log(`ints ${ints[0]} ${ints[1]}`);
    const shorts = new Int16Array(4);
    for (let i = 0; i < shorts.length; i++) {
        shorts[i] = Math.imul(i + 1, 20000);
    }
    let total = 0;
    for (const s of shorts) {
        total = i32(total + s);
    }
    console.log(`shorts ${shorts[0]} ${shorts[1]} ${shorts[2]} ${shorts[3]} total=${total}`);
    console.log(`lengths ${u8s.length} ${i8s.length} ${u16s.length} ${i16s.length} ${u32s.length} ${i32s.length}`);
    return 0;
}

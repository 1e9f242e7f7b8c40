import { u8, u16, u32, i32 } from "riotscript";

// xorshift32 and a 16-bit Galois LFSR as classes; several generators with their own state.
class XorShift32 {
    state: u32 = 1;
    constructor(seed: u32) {
        this.state = seed === 0 ? 0x9e3779b9 : seed;
    }
    next(): u32 {
        let x = this.state;
        x = u32(x ^ (x << 13));
        x = u32(x ^ (x >>> 17));
        x = u32(x ^ (x << 5));
        this.state = x;
        return x;
    }
    below(n: u32): u32 {
        const r = this.next();
        return n > 0 ? r % n : 0;
    }
}

class Lfsr16 {
    reg: u16 = 0xace1;
    period: u32 = 0;
    step(): u8 {
        const bit = u8(this.reg & 1);
        this.reg = u16(this.reg >>> 1);
        if (bit === 1) {
            this.reg = u16(this.reg ^ 0xb400);
        }
        return bit;
    }
}

const gen = new XorShift32(2463534242);
const buckets = new Uint16Array(10);

function shuffle(rng: XorShift32, deck: Uint8Array): void {
    for (let i = deck.length - 1; i > 0; i--) {
        const j = rng.below(u32(i + 1));
        const t = deck[i];
        deck[i] = deck[j];
        deck[j] = t;
    }
}

export function main(): number {
    for (let i = 0; i < 5; i++) {
        const v = gen.next();
        console.log(`xorshift ${i}: ${v} low=${v & 0xff} signed=${v | 0}`);
    }
    for (let i = 0; i < 1000; i++) {
        const b = gen.below(10);
        buckets[b] = buckets[b] + 1;
    }
    let line = 0;
    for (const c of buckets) {
        line = i32(line * 2 + (c > 100 ? 1 : 0));
    }
    console.log(`buckets ${buckets[0]} ${buckets[1]} ${buckets[5]} ${buckets[9]} pattern ${line}`);
    const zero = new XorShift32(0);
    const zs = zero.state;
    const zf = zero.next();
    console.log(`zero seed -> ${zs} first ${zf}`);
    const lfsr = new Lfsr16();
    let bits: u32 = 0;
    let ones = 0;
    for (let i = 0; i < 32; i++) {
        const b = lfsr.step();
        bits = u32((bits << 1) | b);
        ones = i32(ones + b);
    }
    console.log(`lfsr bits ${bits} ones ${ones} reg ${lfsr.reg}`);
    const start = lfsr.reg;
    let period: u32 = 0;
    do {
        lfsr.step();
        period = u32(period + 1);
    } while (lfsr.reg !== start && period < 70000);
    console.log(`lfsr period ${period}`);
    const deck = new Uint8Array(12);
    for (let i = 0; i < deck.length; i++) {
        deck[i] = i;
    }
    const dealer = new XorShift32(42);
    shuffle(dealer, deck);
    console.log(`deck ${deck[0]} ${deck[1]} ${deck[2]} ${deck[3]} ${deck[4]} ${deck[5]} ${deck[6]} ${deck[7]} ${deck[8]} ${deck[9]} ${deck[10]} ${deck[11]}`);
    let sum = 0;
    for (const d of deck) {
        sum = i32(sum + d);
    }
    console.log(`deck sum ${sum} dealer state ${dealer.state}`);
    return 0;
}

import { u32, i32 } from "riotscript";

// A 256-bit set in a Uint32Array field: set/clear/test, population count, sieve of primes.
class BitSet {
    readonly words = new Uint32Array(8);

    set(i: i32): void {
        if (i >= 0 && i < 256) {
            this.words[i >> 5] = this.words[i >> 5] | (1 << (i & 31));
        }
    }

    clear(i: i32): void {
        if (i >= 0 && i < 256) {
            this.words[i >> 5] = this.words[i >> 5] & ~(1 << (i & 31));
        }
    }

    has(i: i32): boolean {
        if (i < 0 || i >= 256) {
            return false;
        }
        return ((this.words[i >> 5] >>> (i & 31)) & 1) === 1;
    }

    count(): i32 {
        let n = 0;
        for (const w of this.words) {
            let v: u32 = w;
            while (v !== 0) {
                v = u32(v & (v - 1));
                n = i32(n + 1);
            }
        }
        return n;
    }

    fillAll(): void {
        for (let k = 0; k < this.words.length; k++) {
            this.words[k] = 0xffffffff;
        }
    }
}

const primes = new BitSet();

function intersectCount(a: BitSet, b: BitSet): i32 {
    let n = 0;
    for (let i = 0; i < 256; i++) {
        if (a.has(i) && b.has(i)) n = i32(n + 1);
    }
    return n;
}

export function main(): number {
    primes.fillAll();
    primes.clear(0);
    primes.clear(1);
    for (let p = 2; p < 16; p++) {
        if (primes.has(p)) {
            for (let m = p * p; m < 256; m += p) {
                primes.clear(m);
            }
        }
    }
    console.log(`primes below 256: ${primes.count()}`);
    console.log(`words ${primes.words[0]} ${primes.words[1]} ${primes.words[7]}`);
    let last = 0;
    for (let i = 0; i < 256; i++) {
        if (primes.has(i)) last = i;
    }
    console.log(`largest ${last} has(97)=${primes.has(97)} has(91)=${primes.has(91)} has(300)=${primes.has(300)}`);
    const odd = new BitSet();
    for (let i = 1; i < 256; i += 2) {
        odd.set(i);
    }
    console.log(`odd ${odd.count()} odd primes ${intersectCount(odd, primes)}`);
    const squares = new BitSet();
    for (let k = 0; k < 16; k++) {
        squares.set(k * k);
    }
    console.log(`squares ${squares.count()} square primes ${intersectCount(squares, primes)} odd squares ${intersectCount(squares, odd)}`);
    for (let w = 0; w < 8; w++) {
        console.log(`squares word ${w}: ${squares.words[w]}`);
    }
    return 0;
}

import { u8, u16, u32, i32 } from "riotscript";

// Sieve of Eratosthenes in a Uint8Array, prime counting, twin primes, and a sum of primes.

const N = 1000;
const composite = new Uint8Array(1000);

function sieve(): void {
    composite[0] = 1;
    composite[1] = 1;
    for (let i = 2; i < 32; i++) {
        if (composite[i] === 0) {
            for (let j = i * i; j < N; j += i) {
                composite[j] = 1;
            }
        }
    }
}

function isPrimeTrial(n: u32): boolean {
    if (n < 2) {
        return false;
    }
    if (n % 2 === 0) {
        return n === 2;
    }
    for (let d: u32 = 3; d <= 65535; d += 2) {
        if (d * d > n) {
            break;
        }
        if (n % d === 0) {
            return false;
        }
    }
    return true;
}

const big = [2147483647, 4294967291, 4294967295, 65537, 65521, 1000003, 999999] as const;

export function main(): number {
    sieve();
    let count = 0;
    let twins = 0;
    let sum: u32 = 0;
    let last = 0;
    for (let i = 2; i < N; i++) {
        if (composite[i] === 0) {
            count = i32(count + 1);
            sum = u32(sum + i);
            if (i - last === 2) {
                twins = i32(twins + 1);
                if (twins % 5 === 0) {
                    console.log(`twin #${twins}: ${last} ${i}`);
                }
            }
            last = i;
        }
        if (i % 100 === 99) {
            console.log(`primes below ${i + 1}: ${count}`);
        }
    }
    console.log(`count ${count} twins ${twins} sum ${sum} last ${last}`);
    for (let k = 0; k < big.length; k++) {
        console.log(`trial ${big[k]} ${isPrimeTrial(big[k])}`);
    }
    return 0;
}

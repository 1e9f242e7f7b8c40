// Plain `number`, written as TypeScript users write it: where a number only ever holds
// integers within 2^53, riotscript computes it with C integers (docs/language.md,
// "Integer-valued number"), and it must print what Node prints, -0 included.

function digitSum(n: number): number {
    let s: number = 0;
    for (let k = 0; k < 16 && n > 0; k++) {
        s += n % 10;
        n = Math.floor(n / 10);
    }
    return s;
}

function floorDiv(a: number, b: number): number {
    if (b === 0) {
        return 0;
    }
    return Math.floor(a / b);
}

function remainder(a: number, b: number): number {
    if (b === 0) {
        return 0;
    }
    return a % b;
}

function seconds(ms: number): number {
    return Math.floor(ms / 1000);
}

// milliseconds since 1970 need more than 32 bits: an int64_t
function daysSinceEpoch(ms: number): number {
    return Math.floor(ms / 86400000);
}

function adler(b: Uint8Array): number {
    let a: number = 1;
    let s: number = 0;
    for (let i = 0; i < b.length; i++) {
        a = (a + b[i]) % 65521;
        s = (s + a) % 65521;
    }
    return s * 65536 + a;
}

const data = new Uint8Array(256);
const samples = [0, 7, 10, 99, 12345, 65535, 2147483647] as const;
const dividends = [7, -7, 7, -7, 0, 0, -1, 6, 5, -7] as const;
const divisors = [2, 2, -2, -2, -5, 5, 1000, 3, 0, 7] as const;
let total: number = 0;

export function main(): number {
    for (let i = 0; i < samples.length; i++) {
        console.log(`digitSum(${samples[i]}) = ${digitSum(samples[i])}`);
    }
    for (let i = 0; i < dividends.length; i++) {
        const a = dividends[i];
        const b = divisors[i];
        // 0 / -5 is -0 in JavaScript, and -7 % 7 is -0: both print as 0, and equal 0
        const q: number = floorDiv(a, b);
        const r: number = remainder(a, b);
        console.log(`floor(${a} / ${b}) = ${q}, ${a} % ${b} = ${r}, zero: ${q === 0} ${r === 0}`);
    }
    const negZero: number = 0 * -1;
    console.log(`0 * -1 = ${negZero} (equals 0: ${negZero === 0}, below 0: ${negZero < 0})`);
    console.log(`seconds(123456) = ${seconds(123456)}, seconds(-1) = ${seconds(-1)}`);
    console.log(`days(1733300000000) = ${daysSinceEpoch(1733300000000)}`);
    let seed: number = 99;
    for (let i = 0; i < data.length; i++) {
        seed = (seed * 75 + 74) % 65537;
        data[i] = seed % 256;
    }
    let acc: number = 0;
    for (let r = 0; r < 50; r++) {
        data[r % data.length] = r;
        acc = (acc * 31 + adler(data)) % 1000000007;
        if (total < 1000000) {
            total = total + 1; // a counter that stops: proven to stay an integer
        }
    }
    console.log(`adler fold ${acc} over ${total} rounds, seed ${seed}`);
    return 0;
}

import { u8, u32 } from "riotscript";

// Parameters take their ranges from the call sites of functions only called directly: the
// products below fit because every call passes small values, an index is proven because
// every caller passes one inside the table, and a parameter the body reassigns starts from
// its call-site range and then follows its stores. Results carry the range of what the
// function returns: mix's sum fits a u32 because scale's and at's results do.

const table = new Uint16Array(10);

function scale(x: u32): u32 {
    return x * 1000000; // every caller passes at most 4000
}

function at(i: u32): u32 {
    return table[i]; // every caller passes 0..9: no check
}

function halve(n: u32): u32 {
    let steps: u32 = 0;
    while (n > 1 && steps < 32) {
        n = n >>> 1;
        steps++;
    }
    return steps;
}

const input = new Uint8Array(128);

function sumFirst(n: u32): u32 {
    let total: u32 = 0;
    for (let k = 0; k < n; k++) {
        total = u32(total + input[k]); // n <= 125 at every call: input[k] needs no check
    }
    return total;
}

function mix(a: u8, b: u8): u32 {
    return scale(a + b * 10) + at(a % 10);
}

export function main(): number {
    for (let i = 0; i < table.length; i++) {
        table[i] = i * i * 7;
    }
    for (let k: u32 = 0; k < 10; k++) {
        console.log(`scale ${scale(k * 400)} at ${at(k)} halve ${halve(k * 1000)}`);
    }
    for (let i = 0; i < input.length; i++) {
        input[i] = i * 3;
    }
    let left = input.length - 3; // shrinks: the loop keeps the bound it starts below
    while (left > 0) {
        const t = sumFirst(left);
        console.log(`sumFirst ${left} = ${t}`);
        left = left - 50;
    }
    const m0 = mix(3, 7);
    const m1 = mix(255, 255);
    console.log(`mix ${m0} ${m1}`);
    return 0;
}

import { u8, u32, i32 } from "riotscript";

// Shifts by variable counts, including negative counts and counts of 32 or more.

const samples = new Int32Array(5);

function row(x: i32, n: i32): void {
    console.log(`${x} by ${n}: << ${x << n} >> ${x >> n} >>> ${x >>> n}`);
}

function rowU(x: u32, n: u8): void {
    console.log(`u ${x} by ${n}: << ${x << n} >> ${x >> n} >>> ${x >>> n} u32<< ${u32(x << n)}`);
}

export function main(): number {
    samples[0] = 1;
    samples[1] = -1;
    samples[2] = -2147483648;
    samples[3] = 0x7fffffff;
    samples[4] = -123456789;
    for (let k = 0; k < 5; k++) {
        const x = samples[k];
        for (let n = -33; n <= 65; n += 7) {
            row(x, n);
        }
    }
    for (let n = 0; n < 40; n += 5) {
        rowU(0xf000000f, n);
    }
    let mask: u32 = 0;
    for (let n = 0; n < 32; n++) {
        mask = (mask | (1 << n)) >>> 0;
        if ((n & 7) === 7) {
            console.log(`mask ${n} ${mask} ${mask | 0}`);
        }
    }
    let bits = 0;
    for (let n = 31; n >= -3; n--) {
        bits = bits ^ (1 << n);
    }
    console.log(`bits ${bits} ${bits >>> 0}`);
    return 0;
}

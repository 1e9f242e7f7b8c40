import { i32, u32 } from "riotscript";

// Math.trunc(a / b), Math.floor(a / b) and (a / b) | 0 over a grid of signs.

const nums = [7, -7, 6, -6, 0, 1, -1, 2147483647, -2147483648, 100] as const;
const dens = [1, -1, 2, -2, 3, -3, 7, -7, 1000, -2147483648] as const;

function tdiv(a: i32, b: i32): i32 {
    if (b === 0) {
        return 0;
    }
    return i32(Math.trunc(a / b));
}

function fdiv(a: i32, b: i32): i32 {
    // the sign of the divisor is known in each branch
    if (b > 0) {
        return i32(Math.floor(a / b));
    }
    if (b < 0) {
        return i32(Math.floor(a / b));
    }
    return 0;
}

function wdiv(a: i32, b: i32): i32 {
    return (a / b) | 0;
}

export function main(): number {
    for (let i = 0; i < nums.length; i++) {
        const a = nums[i];
        let line = 0;
        for (let j = 0; j < dens.length; j++) {
            const b = dens[j];
            const t = tdiv(a, b);
            const f = fdiv(a, b);
            const w = wdiv(a, b);
            console.log(`${a}/${b}: trunc=${t} floor=${f} wrap=${w}`);
            line = i32(line + t - f);
        }
        console.log(`row ${a} diff ${line}`);
    }
    console.log(`zero div wrap ${wdiv(5, 0)} ${wdiv(-5, 0)} ${wdiv(0, 0)}`);
    console.log(`min/-1 ${wdiv(-2147483648, -1)} ${tdiv(-2147483648, -1)} ${fdiv(-2147483648, -1)}`);
    const big: u32 = 0xfffffffe;
    console.log(`u32 ${Math.trunc(big / 3)} ${Math.floor(big / 7)} ${(big / 2) | 0} ${(big / 2) >>> 0}`);
    console.log(`consts ${Math.trunc(-7 / 2)} ${Math.floor(-7 / 2)} ${(-7 / 2) | 0} ${Math.floor(7 / -2)} ${(7 / 0) | 0}`);
    return 0;
}

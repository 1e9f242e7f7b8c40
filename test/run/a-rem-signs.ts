import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// % takes the sign of the dividend; divisors guarded or constant.

function rem(a: i32, b: i32): i32 {
    if (b !== 0) {
        return a % b;
    }
    return -999;
}

function remU(a: u32, b: u32): u32 {
    if (b > 0) {
        return a % b;
    }
    return 0;
}

function remSmall(a: i8, b: i16, c: u8, d: u16): void {
    console.log(`small ${a}%7=${a % 7} ${b}%-10=${b % -10} ${c}%3=${c % 3} ${d}%1000=${d % 1000} ${a}%c=${c > 0 ? a % c : a}`);
}

const xs = [13, -13, 0, 1, -1, 2147483647, -2147483648, 100, -100] as const;
const ys = [5, -5, 1, -1, 2147483647, -2147483648, 3, 0] as const;

export function main(): number {
    for (let i = 0; i < xs.length; i++) {
        for (let j = 0; j < ys.length; j++) {
            console.log(`${xs[i]} % ${ys[j]} = ${rem(xs[i], ys[j])}`);
        }
    }
    console.log(`u32 ${remU(0xffffffff, 10)} ${remU(0xffffffff, 0x80000000)} ${remU(7, 0xffffffff)} ${remU(5, 0)}`);
    remSmall(-128, -32768, 255, 65535);
    remSmall(127, 32767, 0, 999);
    remSmall(-1, -9, 4, 0);
    let x = -47;
    x %= 10;
    console.log(`x %= ${x}`);
    let m = 1;
    for (let i = 0; i < 20; i++) {
        m = (m * 31 + 7) % 1009;
        console.log(`m ${i} ${m} ${-m % 13} ${m % -13}`);
    }
    return 0;
}

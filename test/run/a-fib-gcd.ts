import { u8, u16, u32, i32 } from "riotscript";

// Iteration: Fibonacci (early return and with wrapping), gcd, lcm, extended gcd.
// (riotscript rejects recursion, RS4004: these were recursive.)

function fib(n: u8): u32 {
    if (n < 2) {
        return n;
    }
    let a: u32 = 0;
    let b: u32 = 1;
    for (let i: u8 = 1; i < n; i++) {
        const t = u32(a + b);
        a = b;
        b = t;
    }
    return b;
}

function fibWrap(n: i32): u32 {
    let a: u32 = 0;
    let b: u32 = 1;
    for (let i = 0; i < n; i++) {
        const t = u32(a + b);
        a = b;
        b = t;
    }
    return a;
}

function gcd(a: u32, b: u32): u32 {
    let x = a;
    let y = b;
    while (y !== 0) {
        const t = x % y;
        x = y;
        y = t;
    }
    return x;
}

function gcdSigned(a: i32, b: i32): i32 {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
        const t = x % y;
        x = y;
        y = t;
    }
    return i32(x);
}

function lcm(a: u16, b: u16): u32 {
    const g = gcd(a, b);
    if (g === 0) {
        return 0;
    }
    return Math.trunc(a / g) * b;
}

export function main(): number {
    for (let n = 0; n <= 24; n += 3) {
        console.log(`fib ${n} = ${fib(n)}`);
    }
    for (let n = 40; n <= 100; n += 15) {
        console.log(`fibWrap ${n} = ${fibWrap(n)}`);
    }
    console.log(`gcd ${gcd(48, 18)} ${gcd(0xffffffff, 0xfffffffe)} ${gcd(0, 9)} ${gcd(1071, 462)} ${gcd(0x80000000, 0x40000000)}`);
    console.log(`gcdSigned ${gcdSigned(-48, 18)} ${gcdSigned(48, -180)} ${gcdSigned(0, -7)} ${gcdSigned(-2147483648, 6)} ${gcdSigned(-2147483648, 0)}`);
    console.log(`lcm ${lcm(4, 6)} ${lcm(65535, 65534)} ${lcm(0, 5)} ${lcm(12, 18)}`);
    return 0;
}

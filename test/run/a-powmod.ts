import { u16, u32, i32 } from "riotscript";

// Modular arithmetic below 2^16 (so products stay exact): fast exponentiation, Fermat tests,
// modular inverses by the extended Euclidean algorithm, and a tiny RSA round trip.

function mulmod(a: u32, b: u32, m: u16): u32 {
    if (m === 0) {
        return 0;
    }
    return ((a % m) * (b % m)) % m;
}

function powmod(base: u32, exp: u32, m: u16): u32 {
    if (m === 0) {
        return 0;
    }
    let result: u32 = 1 % m;
    let b: u32 = base % m;
    let e = exp;
    while (e > 0) {
        if ((e & 1) === 1) {
            result = mulmod(result, b, m);
        }
        b = mulmod(b, b, m);
        e >>>= 1;
    }
    return result;
}

function inverse(a: i32, m: i32): i32 {
    let t = 0;
    let newT = 1;
    let r = m;
    let newR = a;
    let guard = 0;
    while (newR !== 0 && guard < 100) {
        const q = Math.trunc(r / newR);
        const t2 = i32(t - Math.imul(q, newT));
        t = newT;
        newT = t2;
        const r2 = i32(r - Math.imul(q, newR));
        r = newR;
        newR = r2;
        guard++;
    }
    if (r > 1) {
        return -1;
    }
    return t < 0 ? i32(t + m) : t;
}

const ps = [2, 3, 15, 561, 1105, 7919, 65521, 65535, 65533] as const;

export function main(): number {
    console.log(`2^10 mod 1000 = ${powmod(2, 10, 1000)}, 3^200 mod 65521 = ${powmod(3, 200, 65521)}`);
    console.log(`x^0 ${powmod(12345, 0, 7)} mod1 ${powmod(5, 5, 1)} big exp ${powmod(7, 4294967295, 65535)}`);
    for (let i = 0; i < ps.length; i++) {
        const p = ps[i];
        console.log(`fermat ${p}: ${powmod(2, p - 1, p) === 1} ${powmod(3, p - 1, p)}`);
    }
    for (let a = 1; a < 20; a += 3) {
        const inv = inverse(a, 97);
        console.log(`inv ${a} mod 97 = ${inv} check ${inv > 0 ? (a * inv) % 97 : -1} mod 20 ${inverse(a, 20)}`);
    }
    const n = 3233;
    const e = 17;
    const d = inverse(e, 3120);
    for (let m = 65; m < 70; m++) {
        const c = powmod(m, e, n);
        const back = d > 0 ? powmod(c, d, n) : 0;
        console.log(`rsa ${m} -> ${c} -> ${back}`);
    }
    return 0;
}

import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// Multiplication: exact where it fits, wrapped with the conversion functions or Math.imul.

function mul8(a: u8, b: u8): void {
    console.log(`u8 ${a}*${b} = ${a * b} u8=${u8(a * b)} i8=${i8(a * b)}`);
}

function mul16(a: i16, b: i16): void {
    console.log(`i16 ${a}*${b} = ${a * b} i16=${i16(a * b)} u16=${u16(a * b)}`);
}

function mul32(a: i32, b: i32): void {
    console.log(`i32 ${a}*${b} imul=${Math.imul(a, b)} u32=${Math.imul(a, b) >>> 0}`);
}

function mulU32(a: u32, b: u16): void {
    console.log(`u32 ${a}*${b} = ${a * b} wrapped=${u32(a * b)} i32=${i32(a * b)}`);
}

export function main(): number {
    mul8(0, 255);
    mul8(16, 16);
    mul8(255, 255);
    mul8(15, 17);
    mul16(-32768, -1);
    mul16(181, 181);
    mul16(-300, 200);
    mul16(32767, 32767);
    mul32(65536, 65536);
    mul32(-1, -2147483648);
    mul32(0x7fffffff, 2);
    mul32(123456789, 987654321);
    mul32(-7, 3);
    mulU32(0xffffffff, 0xffff);
    mulU32(0x10000, 0x10000 - 1);
    mulU32(3, 5);
    let p = 1;
    for (let i = 1; i <= 20; i++) {
        p = Math.imul(p, i);
        console.log(`${i}! mod 2^32 as i32 = ${p}`);
    }
    let q: u32 = 1;
    for (let i = 0; i < 12; i++) {
        q = u32(q * 7);
    }
    console.log(`7^12 mod 2^32 = ${q}`);
    const neg: i8 = -128;
    console.log(`neg*neg=${neg * neg} i8=${i8(neg * neg)} times -1=${-neg} i8(-neg)=${i8(-neg)}`);
    return 0;
}

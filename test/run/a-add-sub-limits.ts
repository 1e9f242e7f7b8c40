import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// + and - on every integer type at and around its limits, wrapped explicitly.

function u8ops(a: u8, b: u8): void {
    console.log(`u8 ${a} ${b}: add=${u8(a + b)} sub=${u8(a - b)} rsub=${u8(b - a)} exact=${a + b} diff=${a - b}`);
}

function i8ops(a: i8, b: i8): void {
    console.log(`i8 ${a} ${b}: add=${i8(a + b)} sub=${i8(a - b)} neg=${i8(-a)} exact=${a + b} diff=${a - b}`);
}

function u16ops(a: u16, b: u16): void {
    console.log(`u16 ${a} ${b}: add=${u16(a + b)} sub=${u16(a - b)} exact=${a + b} diff=${a - b}`);
}

function i16ops(a: i16, b: i16): void {
    console.log(`i16 ${a} ${b}: add=${i16(a + b)} sub=${i16(a - b)} neg=${i16(-a)} exact=${a + b} diff=${a - b}`);
}

function u32ops(a: u32, b: u32): void {
    console.log(`u32 ${a} ${b}: add=${u32(a + b)} sub=${u32(a - b)} exact=${a + b} diff=${a - b}`);
}

function i32ops(a: i32, b: i32): void {
    console.log(`i32 ${a} ${b}: add=${i32(a + b)} sub=${i32(a - b)} neg=${i32(-a)} exact=${a + b} diff=${a - b} neg2=${-a}`);
}

export function main(): number {
    u8ops(0, 0);
    u8ops(255, 1);
    u8ops(0, 1);
    u8ops(200, 100);
    u8ops(255, 255);
    i8ops(127, 1);
    i8ops(-128, 1);
    i8ops(-128, -128);
    i8ops(-1, 127);
    i8ops(0, -128);
    u16ops(65535, 1);
    u16ops(0, 65535);
    u16ops(40000, 30000);
    i16ops(32767, 1);
    i16ops(-32768, 32767);
    i16ops(-32768, -1);
    u32ops(0xffffffff, 1);
    u32ops(0, 0xffffffff);
    u32ops(0x80000000, 0x80000000);
    u32ops(12345, 67890);
    i32ops(2147483647, 1);
    i32ops(-2147483648, 1);
    i32ops(-2147483648, -2147483648);
    i32ops(-1, -1);
    i32ops(0, -2147483648);
    return 0;
}

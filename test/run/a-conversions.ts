import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// The wrapping conversion functions and the JavaScript idioms >>> 0 and | 0.

function all(x: i32): void {
    console.log(`${x}: u8=${u8(x)} i8=${i8(x)} u16=${u16(x)} i16=${i16(x)} u32=${u32(x)} i32=${i32(x)} >>>0=${x >>> 0} |0=${x | 0}`);
}

function fromU32(x: u32): void {
    console.log(`u32 ${x}: u8=${u8(x)} i8=${i8(x)} u16=${u16(x)} i16=${i16(x)} i32=${i32(x)} |0=${x | 0} >>>0=${x >>> 0}`);
}

function chain(x: i32): void {
    console.log(`chain ${x}: ${u8(i8(x))} ${i8(u8(x))} ${u16(i8(x))} ${i16(u16(x))} ${u32(i16(x))} ${i32(u32(x))}`);
}

export function main(): number {
    all(0);
    all(-1);
    all(127);
    all(128);
    all(255);
    all(256);
    all(-129);
    all(32767);
    all(32768);
    all(65535);
    all(65536);
    all(-32769);
    all(2147483647);
    all(-2147483648);
    all(0x12345678);
    fromU32(0xffffffff);
    fromU32(0x80000000);
    fromU32(0x7fffff80);
    fromU32(0xdeadbeef);
    chain(-1);
    chain(200);
    chain(-200);
    chain(40000);
    console.log(`consts ${u8(300)} ${i8(200)} ${u16(-1)} ${i16(40000)} ${u32(-1)} ${i32(0xffffffff)} ${u32(-2147483648)}`);
    console.log(`exprs ${u8(250 + 10)} ${i8(100 + 100)} ${u16(65535 + 2)} ${i16(32767 + 1)} ${u32(0xffffffff + 5)} ${i32(2147483647 + 2)}`);
    let acc = 0;
    for (let i = 0; i < 300; i += 37) {
        acc = i32(acc + i8(i) * 1000 + u8(i * 3));
        console.log(`acc ${i} ${acc} ${i8(i)} ${u8(i * 3)}`);
    }
    return 0;
}

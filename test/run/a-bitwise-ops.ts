import { u8, u16, u32, i8, i16, i32 } from "riotscript";

// & | ^ ~ on each integer type, on negative values and on values of 2^31 and above.

function show32(a: i32, b: i32): void {
    console.log(`i32 ${a} ${b}: and=${a & b} or=${a | b} xor=${a ^ b} nota=${~a} notb=${~b}`);
}

function showU32(a: u32, b: u32): void {
    console.log(`u32 ${a} ${b}: and=${a & b} or=${a | b} xor=${a ^ b} nota=${~a}`);
    console.log(`  andU=${(a & b) >>> 0} orU=${(a | b) >>> 0} xorU=${(a ^ b) >>> 0} notU=${~a >>> 0}`);
}

function showSmall(a: u8, b: i8, c: u16, d: i16): void {
    console.log(`small ${a} ${b} ${c} ${d}: ${a & b} ${a | b} ${a ^ b} ${~a} ${~b} ${c & d} ${c | d} ${c ^ d} ${~c} ${~d}`);
    console.log(`  wrapped ${u8(~a)} ${i8(~b)} ${u16(~c)} ${i16(~d)} ${u8(a ^ b)} ${u16(c | d)}`);
}

function mixed(a: u32, b: i32): void {
    console.log(`mixed ${a} ${b}: ${a & b} ${a | b} ${a ^ b} ${(a & b) >>> 0} ${u32(a | b)}`);
}

export function main(): number {
    show32(0, 0);
    show32(-1, 0);
    show32(-1, -1);
    show32(0x7fffffff, -2147483648);
    show32(0x0f0f0f0f, 0x00ff00ff);
    show32(-12345, 6789);
    showU32(0xffffffff, 0x80000000);
    showU32(0xdeadbeef, 0xcafebabe);
    showU32(0, 0xffffffff);
    showU32(0x80000000, 1);
    showSmall(0xff, -1, 0xffff, -32768);
    showSmall(0xa5, -91, 0x1234, 0x7fff);
    showSmall(0, 0, 0, 0);
    mixed(0xffffffff, -1);
    mixed(0x80000000, 0x7fffffff);
    mixed(0xf0f0f0f0, -252645136);
    const lit = 0xffffffff;
    console.log(`lit ${lit} ${lit & 0xff} ${lit | 0} ${lit ^ 0} ${~lit} ${~~lit}`);
    let acc = 0;
    for (let i = 0; i < 32; i += 3) {
        acc = acc ^ (i * 0x01010101);
        console.log(`acc ${i} ${acc} ${acc >>> 0} ${~acc}`);
    }
    return 0;
}

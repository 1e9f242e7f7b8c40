import { u8, u32, i8, i32 } from "riotscript";

// Unary operators: -, +, ~, ! and their doubles, on i8 and u32 extremes where the result
// leaves the operand's type; a declaration list and a parenthesised assignment target.

function sameOrder(a: i32, b: i32, c: i32, d: i32): boolean {
    return (a < b) === (c < d);
}

function row(x: i32): void {
    console.log(`${x}: neg ${-x} plus ${+x} not ${~x} notnot ${~~x} negnot ${-~x} notneg ${~-x} bang ${!x} bangbang ${!!x}`);
}

export function main(): number {
    let x: u8 = 0;
    x = 7;
    let p = 1, q = -2;
    const back = -(-q);
    console.log(`${x} ${p} ${q} ${back} ${+q} ${!!x} ${!x} ${sameOrder(1, 2, 4, 3)} ${sameOrder(1, 2, 3, 4)}`);
    (p) = 9;
    p = -(-(-p));
    console.log(`${p} ${~~p} ${- -p} ${~-p} ${-~p}`);
    const m: i8 = -128;
    console.log(`${-m} ${~m} ${-(-m)} ${Math.abs(m)} ${m * m} ${m * -1} ${i8(-m)}`);
    const big: u32 = 0x80000000;
    console.log(`${-big} ${~big} ${-big | 0} ${(-big) >>> 0} ${big * -1} ${0 - big} ${~big >>> 0}`);
    const top: u32 = 0xffffffff;
    console.log(`${-top} ${~top} ${-top | 0} ${(-top) >>> 0} ${u32(-top)} ${i32(-top)}`);
    row(0);
    row(1);
    row(-1);
    row(2147483647);
    row(-2147483648);
    return 0;
}

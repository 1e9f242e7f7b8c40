import { f64, i32 } from "riotscript";

// Math.round is JavaScript's (a half rounds up, toward +Infinity), not C's round (halves away
// from zero), on the cases that tell them apart; and Math.floor of a float divided by a literal.

function show(x: number): void {
    const r = Math.round(x);
    // 1 / r tells +0 from -0 (a float printed would be rejected: this prints only its sign)
    const negZero = r === 0 && 1 / r < 0 ? 1 : 0;
    console.log(`round ${i32(r)} neg-zero ${negZero} halfway-low ${i32(Math.round(x) - Math.floor(x))}`);
}

export function main(): number {
    show(0.49999999999999994);
    show(0.5);
    show(1.5);
    show(2.5);
    show(-0.5);
    show(-1.5);
    show(-2.5);
    show(-0.4);
    show(0.4);
    show(4503599627370497.0);
    show(-4503599627370497.0);
    show(1000000000000000.5);
    show(-7.5);
    show(123456.789);
    const ms = 1234567.0;
    console.log(`seconds ${i32(Math.floor(ms / 1000))} rounded ${i32(Math.round(ms / 1000))}`);
    const big = f64(2147483647) * 4.0;
    console.log(`big ${i32(Math.round(big) / 4.0)}`);
    return 0;
}

// BUG: an integer literal on the LEFT of an arithmetic operator with a float right operand is
// rejected unless a float type is expected from the context, while the same literal on the
// right always compiles:
//   let h: number = 10;
//   const a = h * 2.0;            // compiles
//   const b = 2.0 * h;            // RS2105 An integer ('int') and a float ('number (double)') are mixed here.
//   console.log(`${i32(2 * h)}`); // RS2105 likewise
//   const c: number = 2.0 * h;    // compiles (annotated)
// Expected: the operand order does not matter (2.0 * h is a double like h * 2.0); Node
// prints the lines below.
import { f64, i32 } from "riotscript";

// Celsius/Fahrenheit conversions and a linear interpolation written the natural way.
function toFahrenheit(c: number): number {
    return 32 + c * 1.8;
}

function lerp(a: number, b: number, t: number): number {
    return a + t * (b - a);
}

function complement(t: number): number {
    return 1 - t;
}

export function main(): number {
    for (let c = -40; c <= 100; c += 35) {
        const f = toFahrenheit(f64(c));
        console.log(`${c} C = ${i32(Math.floor(f * 10.0))} dF`);
    }
    const h: number = 10;
    const doubled = 2.0 * h;
    console.log(`doubled ${i32(doubled)} lerp ${i32(lerp(h, doubled, 0.25) * 100.0)} comp ${i32(complement(0.25) * 100.0)}`);
    return 0;
}

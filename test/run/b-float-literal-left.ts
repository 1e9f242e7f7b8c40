// Regression: an integer literal on the left of a float operand ('2.0 * h', '1 - t') was
// rejected (RS2105) unless a float type was expected from the context, while 'h * 2.0'
// compiled. The operand order must not matter.
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

// BUG: storing an integer constant that does not fit the element type into a typed-array
// element (allowed: typed-array stores wrap in both languages) makes the generated C fail to
// build under the host port's -Werror:
//   error: unsigned conversion from 'int' to 'uint8_t' changes value from '300' to '44' [-Werror=overflow]
//       a[0] = 300;
// also Int8Array '= -129' and Uint16Array '= 70000'. Minimal repro:
//   const a = new Uint8Array(4);
//   export function main(): number { a[0] = 300; console.log(`${a[0]}`); return 0; }
// Node prints 44. Expected: the C wraps the constant explicitly ((uint8_t)300 or 44) and builds.
import { i32 } from "riotscript";

const bytes = new Uint8Array(4);

export function main(): number {
    bytes[0] = 300;
    bytes[1] = -1;
    bytes[2] = 256 + 128;
    bytes[3] = 0x1ff;
    console.log(`bytes ${bytes[0]} ${bytes[1]} ${bytes[2]} ${bytes[3]}`);
    const small = new Int8Array(3);
    small[0] = 200;
    small[1] = -129;
    small[2] = 1000;
    console.log(`small ${small[0]} ${small[1]} ${small[2]}`);
    const words = new Uint16Array(2);
    words[0] = 70000;
    words[1] = -2;
    console.log(`words ${words[0]} ${words[1]}`);
    const shorts = new Int16Array(2);
    shorts[0] = 40000;
    shorts[1] = -40000;
    console.log(`shorts ${shorts[0]} ${shorts[1]}`);
    let sum = 0;
    for (const b of bytes) {
        sum = i32(sum + b);
    }
    console.log(`sum ${sum}`);
    return 0;
}

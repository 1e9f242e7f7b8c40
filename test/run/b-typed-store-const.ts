// Regression: storing an out-of-range integer constant into a typed-array element
// ('bytes[0] = 300') produced C that failed the -Werror host build ("unsigned conversion from
// 'int' to 'uint8_t' changes value from '300' to '44'"). The stores wrap in both languages.
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

// Regression: class fields named like C keywords (int, char, long, default, signed) were
// emitted verbatim ('int32_t int;'), so the C did not compile. They must get C-safe names, as
// locals and parameters do.
import { i32, u8, u16 } from "riotscript";

// A register description as a hardware datasheet would name it.
class Register {
    int: u8 = 0;        // interrupt enable bits
    char: u8 = 0;       // character to transmit
    long: u16 = 0;      // long-timeout counter
    default: i32 = -1;  // reset value
    signed: boolean = false;

    write(v: u8): void {
        this.char = v;
        this.long = u16(this.long + v);
        if (v > 127) this.signed = true;
    }
}

const uart = new Register();

export function main(): number {
    uart.int = 0x05;
    for (let i = 0; i < 6; i++) {
        uart.write(u8(i * 50));
        console.log(`write ${i}: char=${uart.char} long=${uart.long} signed=${uart.signed}`);
    }
    console.log(`int=${uart.int} default=${uart.default}`);
    return 0;
}

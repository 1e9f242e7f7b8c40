// BUG: class fields named like C keywords are emitted verbatim, so the C does not compile:
//   error: two or more data types in declaration specifiers     int32_t int;
//   error: expected identifier before 'char'                   self_->char = 2;
//   error: expected identifier or '(' before 'default'
// (locals and parameters with such names are renamed, e.g. 'auto' -> 'auto_'; fields are not).
// Minimal repro:
//   class Reg { int: i32 = 1; char: u8 = 2; default: i32 = 3; }
//   const r = new Reg();
//   export function main(): number { console.log(`${r.int} ${r.char} ${r.default}`); return 0; }
// Expected: fields get C-safe names too; Node prints the lines below.
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

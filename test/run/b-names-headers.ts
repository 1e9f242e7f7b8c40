// Names that C headers use for themselves: a vendor macro (PORT), the C library's
// functions and macros (remove, round, pow, fopen, EOF, LINE_MAX, SIZE_MAX, UINT8_MAX),
// RIOT's API (event_post), gcc's lowercase macros (linux, unix), CMSIS types (Port) and
// functions (SysTick_Config). riotscript prefixes what it must; the program cannot tell.
import { i32, u8 } from "riotscript";

const PORT = 12346;
const LINE_MAX = 80;
const EOF = -1;
const SIZE_MAX = 4;
const UINT8_MAX: u8 = 200;

enum Pin { PA00 = 0, PA01 = 1, IRQn = 7 }

class Port {
    DIR: u8 = 0;
    errno: u8 = 3;
    Config(): u8 {
        return u8(this.DIR + this.errno);
    }
}

class SysTick {
    count: u8 = 1;
}

function remove(x: i32): i32 {
    return i32(x - 1);
}

function round(x: number): number {
    return x + 0.5;
}

function pow(a: i32): i32 {
    return Math.imul(a, a);
}

function fopen(): i32 {
    return LINE_MAX;
}

function event_post(n: i32): i32 {
    return i32(n + PORT);
}

const port = new Port();
const tick = new SysTick();

export function main(): number {
    const linux = 1;
    const unix = 2;
    const stdin = 3;
    port.DIR = 4;
    console.log(`constants: ${PORT} ${LINE_MAX} ${EOF} ${SIZE_MAX} ${UINT8_MAX}`);
    console.log(`functions: ${remove(5)} ${i32(round(1.5))} ${pow(3)} ${fopen()} ${event_post(1)}`);
    console.log(`locals, enums, classes: ${linux + unix + stdin} ${Pin.PA01} ${Pin.IRQn} ${port.Config()} ${tick.count}`);
    return 0;
}

// Regression test (fixed in the compiler).
// Was a bug: a module-level integer 'const' defined from another constant (`const NEG = -K`,
// `const NEXT = K + 1`) is not treated as a compile-time constant, so it cannot be a case label:
//   error RS2107: A 'case' value must be a compile-time constant.
//   hint: Use a number, an enum member or a module-level integer 'const'.
// It is a module-level integer const, and its value is known (its range is the single value
// -21). `const MASK = (1 << 12) - 1` works: only expressions that read another const are not
// folded (the C even initialises NEG at run time: `static int32_t NEG;` plus an assignment).
// Minimal repro:
//   const K = 21; const NEG = -K;
//   function f(x: i32): i32 { switch (x) { case NEG: return 1; default: return 0; } }
// Node prints the lines below.
import { i32 } from "riotscript";

const BASE = 0x40;
const CMD_READ = BASE + 1;
const CMD_WRITE = BASE + 2;
const CMD_RESET = BASE * 2;
const ERR = -BASE;

function dispatch(cmd: i32): i32 {
    switch (cmd) {
    case CMD_READ:
        return 1;
    case CMD_WRITE:
        return 2;
    case CMD_RESET:
        return 3;
    case ERR:
        return -1;
    default:
        return 0;
    }
}

const cmds = [65, 66, 128, -64, 64, 0] as const;

export function main(): number {
    for (let i = 0; i < cmds.length; i++) {
        console.log(`cmd ${cmds[i]} -> ${dispatch(cmds[i])}`);
    }
    return 0;
}

// Regression test (fixed in the compiler).
// Was a bug: a `case` whose value the switched variable can never hold (here `case -1` on a u8 or u32,
// `case 0xffffffff` on an i32, `case 256` on a u8) has its label dropped from the C but its
// statements kept, so they end up before the first label and the host build fails:
//   error: statement will never be executed [-Werror=switch-unreachable]
//       switch (x) {
//           return 1;        <- body of the dropped 'case -1:'
//       case 4294967295u:
// (Keeping the label would be wrong too: C converts 'case -1' to 0xffffffff for a uint32_t
// switch, so the case must go - with its body, when no other label falls into it.)
// Minimal repro:
//   function f(x: u32): i32 { switch (x) { case -1: return 1; default: return 0; } }
// Node prints the lines below: 'case -1' never matches a u32, 'case 0xffffffff' never an i32.
import { u8, u32, i32 } from "riotscript";

function onI32(x: i32): i32 {
    switch (x) {
    case 0xffffffff:
        return 1;
    case -1:
        return 2;
    default:
        return 0;
    }
}

function onU32(x: u32): i32 {
    switch (x) {
    case -1:
        return 1;
    case 0xffffffff:
        return 2;
    default:
        return 0;
    }
}

function onU8(x: u8): i32 {
    switch (x) {
    case 256:
        return 1;
    case 0:
        return 2;
    default:
        return 0;
    }
}

export function main(): number {
    console.log(`i32 ${onI32(-1)} ${onI32(0)} u32 ${onU32(0xffffffff)} ${onU32(1)} u8 ${onU8(0)} ${onU8(255)}`);
    return 0;
}

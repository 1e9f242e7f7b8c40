import { readU16BE, i32 } from "riotscript";
const buf = new Uint8Array(16);
let calls = 0;
function next(): i32 {
    calls = i32(calls + 1);
    return calls & 7;
}
export function main(): number {
    const v = readU16BE(buf, next()); //! RS1003 col 30
    return 0;
}

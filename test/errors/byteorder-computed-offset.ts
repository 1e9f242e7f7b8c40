import { readU16BE, i32 } from "riotscript";
const buf = new Uint8Array(16);
export function main(): number {
    const i: i32 = 2;
    const v = readU16BE(buf, i + 1); //! RS1003 col 30
    return 0;
}

import { bytes, i32 } from "riotscript";
let name = "x";
const T = bytes(name); //! RS2006 col 17
function reply(i: i32): i32 {
    const local = bytes("no"); //! RS1003 col 19
    return local.length + T.length + i;
}
export function main(): number {
    return reply(1);
}

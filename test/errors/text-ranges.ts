import { i32, writeText } from "riotscript";
const GREETING = "grüß";
const KEY = "temp";
const buf = new Uint8Array(8);
function reply(i: i32): i32 {
    const far = KEY.charCodeAt(4); //! RS2108 col 32
    const c = GREETING.charCodeAt(i & 3); //! RS2109 col 15
    const n = writeText(buf, 0, "grüß"); //! RS2109 col 33
    const f = 1.5;
    writeText(buf, 0, `${f}`); //! RS2106 col 26
    return far + c + n;
}
export function main(): number {
    return reply(1);
}

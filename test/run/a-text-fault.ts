import { i32, writeText } from "riotscript";

// writeText at every offset up to the buffer's length writes (at the length, nothing); one
// past it stops the program with "index out of range", in Node and in C alike.

const buf = new Uint8Array(4);

export function main(): number {
    for (let at: i32 = 0; at <= 5; at++) {
        const n = writeText(buf, at, `${at}${at}`);
        console.log(`at ${at}: wrote ${n}, ${buf[0]} ${buf[3]}`);
    }
    console.log("unreachable");
    return 0;
}

// A 2 GiB local array: C put it on the stack. Large arrays belong at module level.
import { u8 } from "riotscript";
function f(): u8 {
    const a = new Uint8Array(2147483647); //! RS3011 col 15
    const ok = new Uint8Array(256);
    return u8(a[0] + ok[0]);
}
export function main(): number {
    console.log(`${f()}`);
    return 0;
}

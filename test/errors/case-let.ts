import { i32 } from "riotscript";
function f(x: i32): i32 {
    let a = 1;
    switch (x) {
    case a: //! RS2107 col 10
        return 1;
    default:
        return 0;
    }
}
export function main(): number {
    console.log(`${f(1)}`);
    return 0;
}

import { i32 } from "riotscript";
class Z {
    a: i32 = 1;
}
const z = new Z();
function g(): i32 {
    const q = z;
    q.a = 5;
    return 1;
}
export function main(): number {
    console.log(`${z.a} ${g()} ${z.a}`); //! RS1009 col 5
    return 0;
}

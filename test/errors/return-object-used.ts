import { i32 } from "riotscript";
class C {
    x: i32 = 1;
}
const g = new C();
function mk(): C { //! RS3006 col 16
    return g;
}
export function main(): number {
    const m = mk();
    console.log(`${m.x}`);
    return 0;
}

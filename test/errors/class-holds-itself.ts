// A class whose field holds its own class, through another: no C struct has that size.
import { i32 } from "riotscript";
class A {
    b: B = new B();
    v: i32 = 1;
}
class B {
    a: A = new A(); //! RS2007 col 5
}
const a = new A();
export function main(): number {
    console.log(`${a.v}`);
    return 0;
}

// A class whose field's class is declared later in the file: C gets the structs in
// dependency order (this was "unknown type name 'Inner_t'").
import { i32 } from "riotscript";

class Outer {
    inner: Inner = new Inner();
    pair: Pair = new Pair();
    n: i32 = 1;
}

class Pair {
    left: Inner = new Inner();
    right: Inner = new Inner();
}

class Inner {
    v: i32 = 7;
}

const o = new Outer();

export function main(): number {
    o.pair.right.v = 9;
    console.log(`${o.inner.v} ${o.pair.left.v} ${o.pair.right.v} ${o.n}`);
    return 0;
}

// BUG: a local variable named 'self' inside a method becomes 'self_', the name of the
// method's own receiver parameter, so the C does not compile:
//   error: 'self_' redeclared as different kind of symbol
//   note: previous definition of 'self_' with type 'P_t *'
// Minimal repro:
//   class P { x: i32 = 4; twice(): i32 { const self = 3; return i32(this.x + self); } }
// Expected: the local gets a name that differs from the receiver's; Node prints the lines below.
import { i32 } from "riotscript";

class Node {
    value: i32 = 0;
    weight: i32 = 1;

    constructor(v: i32) {
        this.value = v;
    }

    // 'self' here is the node's own contribution, 'other' the neighbour's
    blend(otherValue: i32): i32 {
        const self = Math.imul(this.value, this.weight);
        const other = otherValue;
        this.weight = i32(this.weight + 1);
        return i32(self + other);
    }
}

const left = new Node(10);
const right = new Node(-3);

export function main(): number {
    for (let i = 0; i < 4; i++) {
        const a = left.blend(right.value);
        const b = right.blend(left.value);
        console.log(`round ${i}: ${a} ${b}`);
    }
    return 0;
}

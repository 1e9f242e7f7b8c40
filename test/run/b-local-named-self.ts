// Regression: a local named 'self' inside a method collided with the method's receiver
// parameter in C ("'self_' redeclared as different kind of symbol").
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

import { i32, u32 } from "riotscript";

// dst.set(src, offset) between typed arrays: whole arrays, at an offset, from and into
// views, a view of the same array (overlapping, copied as if through a temporary), wider
// elements, and an empty source at the very end.

const a = new Uint8Array(16);
const b = new Uint8Array(6);
const w = new Uint16Array(8);
const v = new Uint16Array(3);

function show(what: string): void {
    let h: u32 = 0;
    for (let i = 0; i < a.length; i++) {
        h = u32(Math.imul(h, 31) + a[i]);
    }
    console.log(`${what}: ${a[0]} ${a[5]} ${a[10]} ${a[15]} hash ${h}`);
}

export function main(): number {
    for (let i = 0; i < b.length; i++) {
        b[i] = 100 + i;
    }
    a.set(b);
    show("at 0");
    a.set(b, 10);
    show("at 10");
    let off: i32 = 3;
    a.set(b, off);
    show("at 3");
    const head = a.subarray(0, 8);
    a.set(head, 4); // overlapping: a[4..12) = the old a[0..8)
    show("overlap");
    const tail = a.subarray(12, 16);
    const first = b.subarray(0, 4);
    tail.set(first);
    show("into a view");
    const none = b.subarray(6, 6);
    a.set(none, 16);
    show("empty at the end");
    for (let i = 0; i < v.length; i++) {
        v[i] = 60000 + i;
    }
    w.set(v, 5);
    console.log(`wide ${w[4]} ${w[5]} ${w[7]}`);
    off = 11;
    a.set(b, off); // 11 + 6 > 16: index out of range, in Node and in C
    console.log("unreachable");
    return 0;
}

import { u32, i32 } from "riotscript";

// Insertion sort of an Int32Array holding negative and extreme values, a selection sort of a
// Uint32Array with values above 2^31, and an order check of each.

const vals = new Int32Array(16);
const uvals = new Uint32Array(10);

function insertionSort(): void {
    for (let i = 1; i < vals.length; i++) {
        const key = vals[i];
        let j = i - 1;
        while (j >= 0 && vals[j] > key) {
            vals[j + 1] = vals[j];
            j--;
        }
        vals[j + 1] = key;
    }
}

function selectionSort(): void {
    for (let i = 0; i < uvals.length; i++) {
        let min = i;
        for (let j = i + 1; j < uvals.length; j++) {
            if (uvals[j] < uvals[min]) {
                min = j;
            }
        }
        if (min !== i) {
            const t = uvals[i];
            uvals[i] = uvals[min];
            uvals[min] = t;
        }
    }
}

export function main(): number {
    let x: u32 = 2463534242;
    for (let i = 0; i < vals.length; i++) {
        x = (x ^ (x << 13)) >>> 0;
        x = (x ^ (x >>> 17)) >>> 0;
        x = (x ^ (x << 5)) >>> 0;
        vals[i] = x;
    }
    vals[3] = -2147483648;
    vals[7] = 2147483647;
    vals[11] = 0;
    vals[12] = -1;
    insertionSort();
    let ok = true;
    for (let i = 0; i < vals.length; i++) {
        console.log(`vals[${i}] = ${vals[i]}`);
        if (i > 0 && vals[i - 1] > vals[i]) {
            ok = false;
        }
    }
    console.log(`sorted ${ok}`);
    for (let i = 0; i < uvals.length; i++) {
        uvals[i] = Math.imul(i + 1, -1640531535) >>> 0;
    }
    selectionSort();
    for (const u of uvals) {
        console.log(`u ${u} ${u >= 0x80000000} ${u | 0}`);
    }
    return 0;
}

import { u32, i32, i16 } from "riotscript";

// Heap sort and insertion sort over Int16Array data, with comparison counters in a class.
class Counter {
    compares: u32 = 0;
    swaps: u32 = 0;
}

const data = new Int16Array(24);
const copy = new Int16Array(24);

function less(c: Counter, a: i32, b: i32): boolean {
    c.compares = u32(c.compares + 1);
    return a < b;
}

function swap(c: Counter, arr: Int16Array, i: i32, j: i32): void {
    c.swaps = u32(c.swaps + 1);
    const t = arr[i];
    arr[i] = arr[j];
    arr[j] = t;
}

function siftDown(c: Counter, arr: Int16Array, start: i32, end: i32): void {
    let root = start;
    while (root * 2 + 1 <= end && root < 1000) {
        const child = i32(root * 2 + 1);
        let top = root;
        if (less(c, arr[top], arr[child])) top = child;
        if (child + 1 <= end && less(c, arr[top], arr[child + 1])) top = i32(child + 1);
        if (top === root) return;
        swap(c, arr, root, top);
        root = top;
    }
}

function heapSort(c: Counter, arr: Int16Array): void {
    const n = arr.length;
    for (let start = (n - 2) >> 1; start >= 0; start--) {
        siftDown(c, arr, start, n - 1);
    }
    for (let end = n - 1; end > 0; end--) {
        swap(c, arr, 0, end);
        siftDown(c, arr, 0, end - 1);
    }
}

function insertionSort(c: Counter, arr: Int16Array): void {
    for (let i = 1; i < arr.length; i++) {
        let j = i;
        while (j > 0 && less(c, arr[j], arr[j - 1])) {
            swap(c, arr, j, j - 1);
            j--;
        }
    }
}

function isSorted(arr: Int16Array): boolean {
    for (let i = 1; i < arr.length; i++) {
        if (arr[i - 1] > arr[i]) return false;
    }
    return true;
}

function show(arr: Int16Array): void {
    console.log(`  ${arr[0]} ${arr[1]} ${arr[2]} ... ${arr[11]} ${arr[12]} ... ${arr[21]} ${arr[22]} ${arr[23]}`);
}

export function main(): number {
    let seed: u32 = 99;
    for (let i = 0; i < data.length; i++) {
        seed = u32(Math.imul(seed, 214013) + 2531011);
        data[i] = i16(seed >>> 12);
        copy[i] = data[i];
    }
    console.log(`unsorted sorted=${isSorted(data)}`);
    show(data);
    const hc = new Counter();
    heapSort(hc, data);
    console.log(`heap sort: sorted=${isSorted(data)} compares=${hc.compares} swaps=${hc.swaps}`);
    show(data);
    const ic = new Counter();
    insertionSort(ic, copy);
    console.log(`insertion sort: sorted=${isSorted(copy)} compares=${ic.compares} swaps=${ic.swaps}`);
    let same = true;
    for (let i = 0; i < data.length; i++) {
        if (data[i] !== copy[i]) same = false;
    }
    console.log(`same result ${same}`);
    const again = new Counter();
    insertionSort(again, copy);
    console.log(`already sorted: compares=${again.compares} swaps=${again.swaps}`);
    heapSort(again, copy);
    console.log(`heap on sorted: compares=${again.compares} swaps=${again.swaps} sorted=${isSorted(copy)}`);
    return 0;
}

// Regression test (fixed in the compiler).
// Was a bug: a `for (const x of arr)` loop whose body does not use x (counting elements, repeating
// something arr.length times) generates `uint8_t x = arr[x_index];` and the C build fails under
// the host port's -Werror:
//   error: unused variable 'x' [-Werror=unused-variable]
// Minimal repro:
//   const arr = new Uint8Array(4);
//   export function main(): number { let n = 0; for (const x of arr) { if (n < 9) n++; } console.log(`${n}`); return 0; }
// Node prints 4. Expected: the element is not loaded (or is marked (void)x) when unused.
const arr = new Uint8Array(4);
const words = new Int32Array(3);

export function main(): number {
    let n = 0;
    for (const x of arr) {
        if (n < 100) {
            n++;
        }
    }
    let stars = 0;
    for (const w of words) {
        if (stars < 100) {
            stars = stars + 2;
        }
    }
    console.log(`${n} ${stars}`);
    return 0;
}

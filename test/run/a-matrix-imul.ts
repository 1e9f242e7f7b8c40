import { i32 } from "riotscript";

// 4x4 integer matrices in Int32Array: products with Math.imul (wrapping like C's int32
// arithmetic on two's complement), powers, transposes and a determinant by cofactors.

const A = new Int32Array(16);
const B = new Int32Array(16);
const C = new Int32Array(16);

function mulInto(): void {
    for (let r = 0; r < 4; r++) {
        for (let c = 0; c < 4; c++) {
            let s = 0;
            for (let k = 0; k < 4; k++) {
                s = (s + Math.imul(A[r * 4 + k], B[k * 4 + c])) | 0;
            }
            C[r * 4 + c] = s;
        }
    }
}

function det3(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, g: i32, h: i32, k: i32): i32 {
    const x = (Math.imul(e, k) - Math.imul(f, h)) | 0;
    const y = (Math.imul(d, k) - Math.imul(f, g)) | 0;
    const z = (Math.imul(d, h) - Math.imul(e, g)) | 0;
    return (Math.imul(a, x) - Math.imul(b, y) + Math.imul(c, z)) | 0;
}

function trace(): i32 {
    return (C[0] + C[5] + C[10] + C[15]) | 0;
}

function printRow(tag: i32, r: i32): void {
    console.log(`${tag} row ${r}: ${C[r * 4]} ${C[r * 4 + 1]} ${C[r * 4 + 2]} ${C[r * 4 + 3]}`);
}

export function main(): number {
    for (let i = 0; i < 16; i++) {
        A[i] = (i * 7) % 11 - 5;
        B[i] = i % 5 === 0 ? 1 : 0;
    }
    mulInto();
    for (let r = 0; r < 4; r++) {
        printRow(1, r);
    }
    for (let i = 0; i < 16; i++) {
        B[i] = A[i];
    }
    for (let p = 2; p <= 12; p++) {
        mulInto();
        for (let i = 0; i < 16; i++) {
            B[i] = C[i];
        }
        console.log(`A^${p} trace ${trace()} corner ${C[0]} ${C[15]} ${C[3] >>> 0}`);
    }
    printRow(12, 0);
    const d = det3(A[0], A[1], A[2], A[4], A[5], A[6], A[8], A[9], A[10]);
    console.log(`det3 ${d} big ${det3(65536, 3, 0, 0, 65536, 0, 7, 0, 65536)} ${det3(-2147483648, 1, 1, 1, -1, 1, 1, 1, -1)}`);
    for (let r = 0; r < 4; r++) {
        for (let c = r + 1; c < 4; c++) {
            const t = A[r * 4 + c];
            A[r * 4 + c] = A[c * 4 + r];
            A[c * 4 + r] = t;
        }
    }
    console.log(`transposed ${A[1]} ${A[4]} ${A[11]} ${A[14]}`);
    return 0;
}

import { i32 } from "riotscript";

// 4x4 integer matrices in Int32Array: multiply, transpose, power, trace, determinant.
const N = 4;
const a = new Int32Array(16);
const b = new Int32Array(16);
const c = new Int32Array(16);

function mul(x: Int32Array, y: Int32Array, out: Int32Array): void {
    for (let i = 0; i < N; i++) {
        for (let j = 0; j < N; j++) {
            let s = 0;
            for (let k = 0; k < N; k++) {
                s = i32(s + Math.imul(x[i * N + k], y[k * N + j]));
            }
            out[i * N + j] = s;
        }
    }
}

function copy(src: Int32Array, dst: Int32Array): void {
    for (let i = 0; i < src.length; i++) {
        dst[i] = src[i];
    }
}

function transpose(m: Int32Array): void {
    for (let i = 0; i < N; i++) {
        for (let j = i + 1; j < N; j++) {
            const t = m[i * N + j];
            m[i * N + j] = m[j * N + i];
            m[j * N + i] = t;
        }
    }
}

function trace(m: Int32Array): i32 {
    let t = 0;
    for (let i = 0; i < N; i++) {
        t = i32(t + m[i * N + i]);
    }
    return t;
}

function det3(m: Int32Array, r0: i32, r1: i32, r2: i32, c0: i32, c1: i32, c2: i32): i32 {
    const p = Math.imul(m[r0 * N + c0], i32(Math.imul(m[r1 * N + c1], m[r2 * N + c2]) - Math.imul(m[r1 * N + c2], m[r2 * N + c1])));
    const q = Math.imul(m[r0 * N + c1], i32(Math.imul(m[r1 * N + c0], m[r2 * N + c2]) - Math.imul(m[r1 * N + c2], m[r2 * N + c0])));
    const r = Math.imul(m[r0 * N + c2], i32(Math.imul(m[r1 * N + c0], m[r2 * N + c1]) - Math.imul(m[r1 * N + c1], m[r2 * N + c0])));
    return i32(p - q + r);
}

function det4(m: Int32Array): i32 {
    const d0 = det3(m, 1, 2, 3, 1, 2, 3);
    const d1 = det3(m, 1, 2, 3, 0, 2, 3);
    const d2 = det3(m, 1, 2, 3, 0, 1, 3);
    const d3 = det3(m, 1, 2, 3, 0, 1, 2);
    return i32(Math.imul(m[0], d0) - Math.imul(m[1], d1) + Math.imul(m[2], d2) - Math.imul(m[3], d3));
}

function printRow(m: Int32Array, r: i32): void {
    console.log(`  [${m[r * N]} ${m[r * N + 1]} ${m[r * N + 2]} ${m[r * N + 3]}]`);
}

export function main(): number {
    for (let i = 0; i < 16; i++) {
        a[i] = ((i * 7) % 11) - 5;
        b[i] = i % 5 === 0 ? 1 : 0;
    }
    console.log(`trace a=${trace(a)} det a=${det4(a)} det b=${det4(b)}`);
    mul(a, b, c);
    console.log(`a*b:`);
    for (let r = 0; r < N; r++) printRow(c, r);
    copy(a, b);
    transpose(b);
    mul(a, b, c);
    console.log(`a*aT trace=${trace(c)} det=${det4(c)}`);
    for (let r = 0; r < N; r++) printRow(c, r);
    // powers of a, growing until they wrap
    copy(a, b);
    for (let p = 2; p <= 12; p++) {
        mul(a, b, c);
        copy(c, b);
        if (p % 2 === 0) {
            console.log(`a^${p}: trace=${trace(b)} corner=${b[15]}`);
        }
    }
    return 0;
}

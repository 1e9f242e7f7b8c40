import { u8, u32, i32 } from "riotscript";

// A 32x8 monochrome LED matrix: one byte per column, bit = row. Lines, rectangles, a 3x5
// digit font from a table, scrolling and inversion.
const FONT = [
    0x1f, 0x11, 0x1f,  0x00, 0x1f, 0x00,  0x1d, 0x15, 0x17,  0x15, 0x15, 0x1f,  0x07, 0x04, 0x1f,
    0x17, 0x15, 0x1d,  0x1f, 0x15, 0x1d,  0x01, 0x01, 0x1f,  0x1f, 0x15, 0x1f,  0x17, 0x15, 0x1f,
] as const;

class Display {
    readonly cols = new Uint8Array(32);

    clear(): void {
        for (let x = 0; x < this.cols.length; x++) {
            this.cols[x] = 0;
        }
    }

    plot(x: i32, y: i32, on: boolean): void {
        if (x < 0 || x >= 32 || y < 0 || y >= 8) return;
        if (on) {
            this.cols[x] = this.cols[x] | (1 << y);
        } else {
            this.cols[x] = this.cols[x] & ~(1 << y);
        }
    }

    lit(): i32 {
        let n = 0;
        for (const c of this.cols) {
            let v: u8 = c;
            while (v !== 0) {
                n = i32(n + (v & 1));
                v = u8(v >> 1);
            }
        }
        return n;
    }

    digit(x: i32, d: i32, yOff: i32): void {
        if (d < 0 || d > 9) return;
        for (let c = 0; c < 3; c++) {
            const bits = FONT[d * 3 + c];
            for (let r = 0; r < 5; r++) {
                if (((bits >> r) & 1) === 1) this.plot(i32(x + c), i32(r + yOff), true);
            }
        }
    }

    scrollLeft(): void {
        for (let x = 0; x < 31; x++) {
            this.cols[x] = this.cols[x + 1];
        }
        this.cols[31] = 0;
    }

    invert(): void {
        for (let x = 0; x < 32; x++) {
            this.cols[x] = ~this.cols[x];
        }
    }

    signature(): u32 {
        let h: u32 = 0;
        for (let x = 0; x < 32; x++) {
            h = u32(Math.imul((h << 5) | (h >>> 27), 31) ^ this.cols[x]);
        }
        return h;
    }
}

const disp = new Display();

function line(d: Display, x0: i32, y0: i32, x1: i32, y1: i32): void {
    const ddx = i32(x1 - x0);
    const ddy = i32(y1 - y0);
    const dx = i32(Math.abs(ddx));
    const dy = i32(-Math.abs(ddy));
    const sx = x0 < x1 ? 1 : -1;
    const sy = y0 < y1 ? 1 : -1;
    let err = i32(dx + dy);
    let x = x0;
    let y = y0;
    for (let guard = 0; guard < 64; guard++) {
        d.plot(x, y, true);
        if (x === x1 && y === y1) break;
        const e2 = i32(err * 2);
        if (e2 >= dy) { err = i32(err + dy); x = i32(x + sx); }
        if (e2 <= dx) { err = i32(err + dx); y = i32(y + sy); }
    }
}

export function main(): number {
    line(disp, 0, 0, 31, 7);
    console.log(`diagonal lit=${disp.lit()} sig=${disp.signature()} col0=${disp.cols[0]} col31=${disp.cols[31]}`);
    line(disp, 0, 7, 31, 0);
    console.log(`cross lit=${disp.lit()} sig=${disp.signature()}`);
    disp.clear();
    let value = 2024;
    for (let pos = 3; pos >= 0; pos--) {
        disp.digit(pos * 4 + 1, value % 10, 1);
        value = Math.trunc(value / 10);
    }
    console.log(`digits lit=${disp.lit()} sig=${disp.signature()} cols ${disp.cols[1]} ${disp.cols[2]} ${disp.cols[3]}`);
    for (let s = 0; s < 4; s++) {
        disp.scrollLeft();
        console.log(`scroll ${s}: lit=${disp.lit()} col0=${disp.cols[0]} sig=${disp.signature()}`);
    }
    disp.invert();
    console.log(`inverted lit=${disp.lit()} col31=${disp.cols[31]} sig=${disp.signature()}`);
    disp.plot(40, 2, true);
    disp.plot(5, -1, false);
    disp.plot(0, 0, false);
    console.log(`after clipped plots lit=${disp.lit()} col0=${disp.cols[0]}`);
    return 0;
}

import { f64, i32 } from "riotscript";

// Polygon area (shoelace), perimeter and centroid in floating point over integer vertices.
const XS = [0, 40, 60, 35, 10, -5] as const;
const YS = [0, -10, 20, 45, 38, 15] as const;

class Stats {
    area: number = 0;
    perimeter: number = 0;
    cx: number = 0;
    cy: number = 0;
}

function edgeLength(x0: i32, y0: i32, x1: i32, y1: i32): number {
    const dx = f64(x1 - x0);
    const dy = f64(y1 - y0);
    return Math.sqrt(dx * dx + dy * dy);
}

function measure(s: Stats, n: i32): void {
    let twiceArea: number = 0;
    let cx: number = 0;
    let cy: number = 0;
    let per: number = 0;
    for (let i = 0; i < n; i++) {
        const j = i + 1 < n ? i + 1 : 0;
        const cross = f64(Math.imul(XS[i], YS[j]) - Math.imul(XS[j], YS[i]));
        twiceArea = twiceArea + cross;
        cx = cx + f64(XS[i] + XS[j]) * cross;
        cy = cy + f64(YS[i] + YS[j]) * cross;
        per = per + edgeLength(XS[i], YS[i], XS[j], YS[j]);
    }
    s.area = Math.abs(twiceArea) / 2.0;
    s.perimeter = per;
    if (twiceArea !== 0.0) {
        s.cx = cx / (twiceArea * 3.0);
        s.cy = cy / (twiceArea * 3.0);
    }
}

function centi(x: number): i32 {
    return i32(Math.trunc(x * 100.0));
}

export function main(): number {
    const s = new Stats();
    for (let n = 3; n <= XS.length; n++) {
        measure(s, n);
        console.log(`n=${n} area=${centi(s.area)} perimeter=${centi(s.perimeter)} centroid=(${centi(s.cx)}, ${centi(s.cy)})`);
    }
    // distance of each vertex from the centroid, floor and trunc of negative offsets
    for (let i = 0; i < XS.length; i++) {
        const dx = f64(XS[i]) - s.cx;
        const dy = f64(YS[i]) - s.cy;
        const d = Math.sqrt(dx * dx + dy * dy);
        console.log(`v${i} d=${centi(d)} dx floor=${i32(Math.floor(dx))} trunc=${i32(Math.trunc(dx))} far=${d > 30.0}`);
    }
    // scale the polygon until its area passes a threshold
    let scale: number = 1.0;
    let steps = 0;
    while (s.area * scale * scale < 10000.0 && steps < 100) {
        scale = scale * 1.1;
        steps = i32(steps + 1);
    }
    console.log(`scale steps ${steps} scale x1000 ${i32(scale * 1000.0)}`);
    return 0;
}

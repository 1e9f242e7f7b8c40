import { u8, u32, i32 } from "riotscript";
import { Shape, GRID, WEIGHTS, Vec2, cost } from "./lib-geom";
import { fletcher16, xor8, FLETCHER_MOD } from "./lib-checksum";

// An entry importing a class, an enum, constants, a table and functions from two modules.
const grid = new Uint8Array(256);
const walker = new Vec2(3, 5);

function paint(v: Vec2, s: Shape): void {
    const c = v.cell();
    if (c >= 0 && c < grid.length) {
        grid[c] = grid[c] + s;
    }
}

export function main(): number {
    console.log(`grid ${GRID} shapes ${Shape.Dot} ${Shape.Line} ${Shape.Box} weights ${WEIGHTS.length} mod ${FLETCHER_MOD}`);
    let total: u32 = 0;
    for (let step = 0; step < 24; step++) {
        const s: Shape = step % 3 === 0 ? Shape.Dot : step % 3 === 1 ? Shape.Line : Shape.Box;
        walker.add(WEIGHTS[step & 7], i32(step - 7));
        walker.wrap();
        paint(walker, s);
        const c = cost(s, walker);
        total = u32(total + c);
        if (step % 4 === 0) {
            console.log(`step ${step}: at ${walker.x},${walker.y} cell ${walker.cell()} shape ${s} cost ${c}`);
        }
    }
    console.log(`total cost ${total}`);
    console.log(`grid fletcher ${fletcher16(grid)} xor ${xor8(grid)}`);
    const local = new Vec2(-1, -17);
    local.wrap();
    console.log(`local wrapped ${local.x},${local.y} cost box ${cost(Shape.Box, local)}`);
    const row = grid.subarray(0, 16);
    console.log(`row0 fletcher ${fletcher16(row)} xor ${xor8(row)}`);
    let painted = 0;
    for (const g of grid) {
        if (g !== 0) painted = i32(painted + 1);
    }
    console.log(`painted cells ${painted} last ${u8(grid[255] + 1)}`);
    return 0;
}

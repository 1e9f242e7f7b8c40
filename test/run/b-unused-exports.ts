// Regression: module-level declarations the program never uses (an unused export of a library
// module, an unused method, variable, typed array or constant) were emitted anyway and failed
// the -Werror host build ("'unusedHelper' defined but not used").
import { i32 } from "riotscript";
import { scaled, clampTo } from "./lib-pending-mathx";

const LIMIT = 4;
let spare = 0;
const spareBuf = new Uint8Array(4);

class Meter {
    total: i32 = 0;
    add(v: i32): void {
        this.total = i32(this.total + v);
    }
    reset(): void {
        this.total = 0;
    }
}

const meter = new Meter();

export function main(): number {
    for (let i = 0; i < 6; i++) {
        const s = scaled(i);
        const c = clampTo(Math.imul(s, 4), i);
        meter.add(c);
        console.log(`i=${i} scaled=${s} clamped=${c} total=${meter.total}`);
    }
    return 0;
}

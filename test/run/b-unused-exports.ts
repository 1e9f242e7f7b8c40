// BUG: module-level declarations that the program never uses make the generated C fail the
// host build (-Werror): static functions, methods, variables, typed arrays, constants and
// tables that nothing references are emitted anyway:
//   error: 'unusedHelper' defined but not used [-Werror=unused-function]
//   error: 'Meter_reset' defined but not used [-Werror=unused-function]
//   error: 'spare' defined but not used [-Werror=unused-variable]
//   error: 'LIMIT' defined but not used [-Werror=unused-const-variable=]
// This breaks every library module whose exports are not all used by the entry. Minimal
// repros:
//   lib.ts:   export function used(x: i32): i32 { ... }  export function notUsed(x: i32): i32 { ... }
//   entry.ts: import { used } from "./lib"; ... used(4) ...
// and, in one file: 'const LIMIT = 4;' or 'class P { ... dec(): void {...} }' with dec never called.
// Expected: unused declarations are left out of the C (or marked unused), and the program
// prints what Node prints (below).
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

// BUG: a comparison that the range analysis proves always true/false is folded to a constant,
// and a local that was only used in such comparisons is left declared but unused, which fails
// the host build (-Werror):
//   uint32_t big = 4294967295u;
//   printf("%s\n", true ? "true" : "false");   -> error: unused variable 'big' [-Werror=unused-variable]
// Minimal repro:
//   export function main(): number { let big: u32 = 0xffffffff; console.log(`${big > 3}`); return 0; }
// Also with 'const big: u32 = 0xffffffff; ... ${m.s < big}' (m.s an i32 field).
// Expected: the C builds (drop the variable or keep the comparison); Node prints the lines below.
import { u8, u16, i32 } from "riotscript";

class Link {
    retries: u8 = 0;
    errors: u16 = 0;

    fail(): void {
        this.retries = u8(this.retries + 1);
        this.errors = u16(this.errors + 1);
    }
}

const link = new Link();

export function main(): number {
    const maxRetries = 1000;     // larger than a u8 can hold: the test below is always true
    const errorCap: u16 = 65535;
    for (let i = 0; i < 5; i++) {
        link.fail();
        const canRetry = link.retries < maxRetries;
        const capped = link.errors > errorCap;
        console.log(`attempt ${i}: retries=${link.retries} canRetry=${canRetry} capped=${capped}`);
    }
    return 0;
}

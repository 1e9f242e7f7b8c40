// Regression: a comparison the range analysis proves constant was folded, and a local used only
// in such comparisons was left declared but unused, failing the -Werror host build
// ("unused variable 'maxRetries'").
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

import { u8, u32, i32 } from "riotscript";

// Bubble sort of a Uint8Array filled by a byte-wise LCG, with early exit; then a
// descending sort of an Int8Array and a stable check of both.

const bytes = new Uint8Array(24);
const signed = new Int8Array(12);

function fill(seed: u8): void {
    let s = seed;
    for (let i = 0; i < bytes.length; i++) {
        s = u8(s * 37 + 101);
        bytes[i] = s;
    }
}

function bubble(): i32 {
    let swaps = 0;
    for (let pass = 0; pass < bytes.length - 1; pass++) {
        let swapped = false;
        for (let i = 0; i < bytes.length - 1 - pass; i++) {
            if (bytes[i] > bytes[i + 1]) {
                const t = bytes[i];
                bytes[i] = bytes[i + 1];
                bytes[i + 1] = t;
                swapped = true;
                swaps = i32(swaps + 1);
            }
        }
        if (!swapped) {
            break;
        }
    }
    return swaps;
}

function sortedUp(): boolean {
    for (let i = 1; i < bytes.length; i++) {
        if (bytes[i - 1] > bytes[i]) {
            return false;
        }
    }
    return true;
}

function dump(tag: u8): void {
    let sum: u32 = 0;
    for (let i = 0; i < bytes.length; i += 4) {
        console.log(`${tag} [${i}] ${bytes[i]} ${bytes[i + 1]} ${bytes[i + 2]} ${bytes[i + 3]}`);
        sum = u32(sum + bytes[i]);
    }
    console.log(`${tag} sum of firsts ${sum} sorted ${sortedUp()}`);
}

export function main(): number {
    fill(7);
    dump(1);
    console.log(`swaps ${bubble()}`);
    dump(2);
    console.log(`swaps again ${bubble()}`);
    for (let i = 0; i < signed.length; i++) {
        signed[i] = (i * 59) ^ 0x5a;
    }
    for (let i = 0; i < signed.length; i++) {
        for (let j = 0; j < signed.length - 1 - i; j++) {
            if (signed[j] < signed[j + 1]) {
                const t = signed[j];
                signed[j] = signed[j + 1];
                signed[j + 1] = t;
            }
        }
    }
    for (const v of signed) {
        console.log(`desc ${v}`);
    }
    return 0;
}

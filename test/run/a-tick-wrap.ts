import { u8, u16, u32, i32 } from "riotscript";

// Free-running counters that wrap, as firmware timers do: elapsed time across the wrap with
// u32(now - then), "is deadline reached" with a signed difference, and 8/16-bit sequence
// numbers compared modulo their width (RFC 1982 style).

function elapsed(now: u32, then: u32): u32 {
    return u32(now - then);
}

function reached(now: u32, deadline: u32): boolean {
    return ((now - deadline) | 0) >= 0;
}

function seqNewer8(a: u8, b: u8): boolean {
    return a !== b && i8diff(a, b) > 0;
}

function i8diff(a: u8, b: u8): i32 {
    const d = u8(a - b);
    return d < 128 ? d : d - 256;
}

function seqDiff16(a: u16, b: u16): i32 {
    return ((a - b) << 16) >> 16;
}

const pairs = [0, 1, 255, 0, 128, 0, 0, 128, 100, 200, 200, 100, 250, 5, 5, 250] as const;
const s16 = [0, 65535, 65535, 0, 32768, 0, 1000, 64000, 40000, 7000] as const;

export function main(): number {
    let now: u32 = 0xfffffff0;
    const start = now;
    const deadline = u32(start + 40);
    for (let i = 0; i < 8; i++) {
        now = u32(now + 9);
        console.log(`now ${now} elapsed ${elapsed(now, start)} reached ${reached(now, deadline)} signed ${(now - deadline) | 0}`);
    }
    console.log(`elapsed far ${elapsed(5, 0xffffff00)} ${elapsed(0, 1)} ${elapsed(0x80000000, 0)}`);
    for (let i = 0; i < pairs.length; i += 2) {
        console.log(`seq8 ${pairs[i]} vs ${pairs[i + 1]}: diff ${i8diff(pairs[i], pairs[i + 1])} newer ${seqNewer8(pairs[i], pairs[i + 1])}`);
    }
    for (let i = 0; i < s16.length; i += 2) {
        console.log(`seq16 ${s16[i]} - ${s16[i + 1]} = ${seqDiff16(s16[i], s16[i + 1])}`);
    }
    let tick: u16 = 65530;
    let wraps = 0;
    for (let i = 0; i < 20; i++) {
        const next = u16(tick + 1);
        if (next < tick) {
            wraps = i32(wraps + 1);
        }
        tick = next;
    }
    console.log(`tick ${tick} wraps ${wraps}`);
    return 0;
}

import { u32 } from "riotscript";

// Helper module for b-same-names.ts. 'mix', 'calls' and 'SALT' exist in lib-beta.ts too.
const SALT = [7, 11, 13, 17] as const;
let calls: u32 = 0;

function mix(h: u32, v: u32): u32 {
    calls = u32(calls + 1);
    return u32(Math.imul(h ^ v, 0x01000193) + SALT[v & 3]);
}

export function alphaHash(buf: Uint8Array): u32 {
    let h: u32 = 0x811c9dc5;
    for (const b of buf) {
        h = mix(h, b);
    }
    return h;
}

export function alphaCalls(): u32 {
    return calls;
}

import { u32 } from "riotscript";

// Helper module for b-same-names.ts. 'mix', 'calls' and 'SALT' exist in lib-alpha.ts too.
const SALT = [100, 200, 300, 400, 500] as const;
let calls: u32 = 0;

function mix(h: u32, v: u32): u32 {
    calls = u32(calls + 2);
    return u32(((h << 5) + h + v + SALT[v % 5]) >>> 0);
}

export function betaHash(buf: Uint8Array): u32 {
    let h: u32 = 5381;
    for (const b of buf) {
        h = mix(h, b);
    }
    return h;
}

export function betaCalls(): u32 {
    return calls;
}

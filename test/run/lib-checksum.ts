import { u8, u16 } from "riotscript";

// Helper module for b-multi-module.ts: checksums over byte buffers.
export const FLETCHER_MOD = 255;

export function fletcher16(buf: Uint8Array): u16 {
    let a = 0;
    let b = 0;
    for (const x of buf) {
        a = (a + x) % FLETCHER_MOD;
        b = (b + a) % FLETCHER_MOD;
    }
    return u16((b << 8) | a);
}

export function xor8(buf: Uint8Array): u8 {
    let x: u8 = 0;
    for (const v of buf) {
        x = x ^ v;
    }
    return x;
}

import { u8, u32 } from "riotscript";
import { alphaHash, alphaCalls } from "./lib-alpha";
import { betaHash, betaCalls } from "./lib-beta";

// Two imported modules each declare a private 'mix', 'calls' and 'SALT', and so does this
// entry: every one must stay distinct in C.
const SALT = [1, 2] as const;
let calls: u32 = 0;

function mix(a: u32, b: u32): u32 {
    calls = u32(calls + 10);
    return u32((a ^ b) + SALT[b & 1]);
}

const data = new Uint8Array(24);

export function main(): number {
    for (let i = 0; i < data.length; i++) {
        data[i] = u8(Math.imul(i, 29) + 3);
    }
    const a = alphaHash(data);
    const b = betaHash(data);
    const m = mix(a, b);
    console.log(`alpha ${a} beta ${b} mix ${m}`);
    console.log(`calls alpha=${alphaCalls()} beta=${betaCalls()} entry=${calls}`);
    for (let round = 0; round < 4; round++) {
        const view = data.subarray(round * 6, round * 6 + 6);
        const ha = alphaHash(view);
        const hb = betaHash(view);
        const hm = mix(ha, hb);
        console.log(`round ${round}: ${ha} ${hb} ${hm}`);
    }
    console.log(`calls alpha=${alphaCalls()} beta=${betaCalls()} entry=${calls} salts=${SALT.length}`);
    return 0;
}

/*
 * Regressions from review: a function named like a C library function (div) next to RIOT's
 * headers, and a parameter assigned inside a function, which is not an effect others see.
 */
import { i32, SockFlags, UdpEndpoint, UdpSock } from "riotscript";

const sock = new UdpSock();
let total = 0;

function div(a: i32, b: i32): i32 {
    if (b === 0) {
        return 0;
    }
    return (a / b) | 0;
}

function clampTo(a: i32, hi: i32): i32 {
    if (a > hi) {
        a = hi;
    }
    return a;
}

export function main(): number {
    const local = UdpEndpoint.ipv6Any(0);
    console.log(`create ${sock.create(local, null, SockFlags.NONE)}`);
    total = i32(total + div(17, 5));
    console.log(`div ${div(17, 5)} ${div(-17, 5)} ${div(1, 0)} total ${total}`);
    console.log(`clamp ${clampTo(9, 4)} ${total} ${clampTo(2, 4)}`);
    sock.close();
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const buf = new Uint8Array(4);
export function main(): number {
    let b = 0;
    for (b of buf) { //! RS1003 col 10
        console.log("x");
    }
    return 0;
}

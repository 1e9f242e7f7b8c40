import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
let m: i32 = 2;
export function main(): number {
    const k: i32 = 1;
    switch (k) {
    case m: //! RS2107 col 10
        console.log("m");
        break;
    default:
        break;
    }
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function read(): i32 {
    return 5;
}
export function main(): number {
    const m = Math.min(read(), 3); //! RS1003 col 15
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function f(): i32 {
    return 1;
}
export function main(): number {
    const x = (f(), 2); //! RS2005 col 19
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function area(w: u32, h: u32): u32 {
    return u32(w * h); //! RS2102 col 16
}
export function main(): number {
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function low(v: i32): u8 {
    return v; //! RS2101 col 12
}
export function main(): number {
    return 0;
}

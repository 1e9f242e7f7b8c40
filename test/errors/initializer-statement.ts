import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    UdpEndpoint.ipv6Any(1234); //! RS3005 col 5
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const ep = new UdpEndpoint(1234); //! RS1003 col 32 //! TS2554 col 32
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    console.error("oops"); //! RS2004 col 5 //! TS2339 col 13
    return 0;
}

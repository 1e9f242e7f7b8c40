import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const big = 9007199254740993; //! RS2003 col 17
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const v: i32 | boolean = 1; //! RS2003 col 14
    return 0;
}

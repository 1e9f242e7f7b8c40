import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const n: i32 = 3;
    const m = n ?? 0; //! RS2005 col 17
    return 0;
}

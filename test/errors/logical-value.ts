import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const a: i32 = 3;
    const b: i32 = 4;
    const z = a && b; //! RS2005 col 17
    return 0;
}

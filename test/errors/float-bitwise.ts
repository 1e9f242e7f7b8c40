import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const f: number = 2.5;
    const b = f | 1; //! RS2005 col 17
    return 0;
}

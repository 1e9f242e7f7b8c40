import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const T = [1, 2, 3] as const; //! RS1003 col 15
    return 0;
}

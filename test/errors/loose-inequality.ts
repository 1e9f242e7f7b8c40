import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const n: i32 = 1;
    if (n != 0) { //! RS1007 col 11
        return 1;
    }
    return 0;
}

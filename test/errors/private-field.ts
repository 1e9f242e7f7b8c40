import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Counter {
    #count: i32 = 0; //! RS1003 col 5
}
export function main(): number {
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
namespace Config { //! RS1003 col 11
    export const port = 1234;
}
export function main(): number {
    return 0;
}

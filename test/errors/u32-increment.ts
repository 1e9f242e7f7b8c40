import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
let counter: u32 = 0;
export function main(): number {
    counter++; //! RS2101 col 5
    return 0;
}

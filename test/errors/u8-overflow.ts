import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    let x: u8 = 250;
    x = x + 10; //! RS2101 col 5
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const a: i32 = 7;
    const b: i32 = 2;
    const q = a / b; //! RS2103 col 17
    return 0;
}

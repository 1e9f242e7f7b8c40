import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    let a: i32 = 0;
    a ||= 1; //! RS2005 col 7
    a &&= 2; //! RS2005 col 7
    a ??= 3; //! RS2005 col 7
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    let f: number = 0.5;
    const n: i32 = 3;
    f = n; //! RS2105 col 5
    return 0;
}

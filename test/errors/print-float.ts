import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const f: number = 1.5;
    console.log(`f=${f}`); //! RS2106 col 22
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    for (const ch of "abc") { //! RS1003 col 22
        console.log(ch);
    }
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    with (Math) { //! TS1101 col 5 //! TS2410 col 5 //! RS1003 col 5
        console.log("x");
    }
    return 0;
}

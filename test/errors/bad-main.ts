import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(argc: i32): void { //! RS4002 col 17
    console.log("x");
}

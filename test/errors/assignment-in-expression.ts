import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    let x = 1;
    let y = 2;
    const a = (x = 3); //! RS1008 col 16
    const b = y++ + 1; //! RS1008 col 15
    return 0;
}

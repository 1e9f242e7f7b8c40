import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
let g: i32 = 0;
function bump(): i32 {
    g = 5;
    return 1;
}
export function main(): number {
    const x = g + bump(); //! RS1009 col 15
    return 0;
}

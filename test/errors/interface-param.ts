import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
interface Shape {
    area(): i32;
}
function show(s: Shape): void { //! RS2003 col 18
    console.log("shape");
}
export function main(): number {
    return 0;
}

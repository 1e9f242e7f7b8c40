import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function tick(): void {
    console.log("tick");
}
export function main(): number {
    const f = tick; //! RS3006 col 15
    return 0;
}

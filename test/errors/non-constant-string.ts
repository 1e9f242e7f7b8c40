import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const ep = new UdpEndpoint();
    let text = "[::1]:1234";
    const r = ep.parse(text); //! RS2006 col 24
    return 0;
}

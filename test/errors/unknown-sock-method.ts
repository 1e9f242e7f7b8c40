import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const sock = new UdpSock();
export function main(): number {
    sock.connect(); //! RS2004 col 10 //! TS2339 col 10
    return 0;
}

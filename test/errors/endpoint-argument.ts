import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const sock = new UdpSock();
export function main(): number {
    const r = sock.create(UdpEndpoint.ipv6Any(1234), null, SockFlags.NONE); //! RS3008 col 27
    return 0;
}

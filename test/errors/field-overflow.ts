import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Packet {
    len: u8 = 0;
}
const pkt = new Packet();
export function main(): number {
    const n: u16 = 300;
    pkt.len = n; //! RS2101 col 5
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const words = new Uint16Array(4);
const buf = new Uint8Array(8);
export function main(): number {
    words.fill(0); //! RS1003 col 5
    buf.fill(0, 2, 4); //! RS1003 col 5
    return 0;
}

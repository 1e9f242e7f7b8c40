import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const buf = new Uint8Array(16);
export function main(): number {
    const tail = buf.subarray(8, 20); //! RS1003 col 18
    return 0;
}

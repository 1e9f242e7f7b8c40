import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const sock = new UdpSock();
const buf = new Uint8Array(16);
function sum(b: Uint8Array): i32 {
    return 0;
}
export function main(): number {
    const s = sum(buf.subarray(2, 4)); //! RS1003 col 19
    return 0;
}

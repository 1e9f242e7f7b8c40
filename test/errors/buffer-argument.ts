import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const sock = new UdpSock();
const buf = new Uint8Array(64);
export function main(): number {
    const remote = new UdpEndpoint();
    const n = sock.send(buf.subarray(0, 8), 8, remote); //! RS3007 col 25
    return 0;
}

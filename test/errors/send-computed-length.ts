import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const sock = new UdpSock();
const buf = new Uint8Array(16);
function reply(n: u8): void {
    const remote = new UdpEndpoint();
    const r = sock.send(buf, n + 1, remote); //! RS1003 col 30
}
export function main(): number {
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const sock = new UdpSock();
const buf = new Uint8Array(64);
export function main(): number {
    const remote = new UdpEndpoint();
    const n = sock.recv(buf, 1000, remote); //! RS3004 col 30
    return 0;
}

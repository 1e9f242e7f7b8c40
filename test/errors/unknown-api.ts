import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const sock = new UdpSock();
export function main(): number {
    sock._flags = 3; //! RS2004 col 10
    return 0;
}

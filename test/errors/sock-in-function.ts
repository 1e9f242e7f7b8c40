import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const sock = new UdpSock(); //! RS3001 col 18
    const queue = new EventQueue(); //! RS3001 col 19
    return 0;
}

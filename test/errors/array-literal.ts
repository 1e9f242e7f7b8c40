import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const a = [1, 2, 3]; //! RS1003 col 15
    return 0;
}

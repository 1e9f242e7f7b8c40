import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const o = { a: 1, b: 2 }; //! RS1003 col 15
    return 0;
}

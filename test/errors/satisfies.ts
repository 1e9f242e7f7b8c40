import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const n = 3 satisfies number; //! RS1003 col 15
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const n = 1;
    const t = typeof n; //! RS1003 col 15
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const big = 10n; //! RS1003 col 17
    return 0;
}

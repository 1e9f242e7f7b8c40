import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const n = 1;
    if (n === undefined) { //! RS1003 col 15
        return 1;
    }
    return 0;
}

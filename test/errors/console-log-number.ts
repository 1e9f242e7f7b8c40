import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const n = 3;
    console.log(n); //! RS1003 col 17
    return 0;
}

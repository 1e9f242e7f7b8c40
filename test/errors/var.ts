import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
var count = 0; //! RS1001 col 1
export function main(): number {
    return 0;
}

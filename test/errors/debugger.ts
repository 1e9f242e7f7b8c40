import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    debugger; //! RS1003 col 5
    return 0;
}

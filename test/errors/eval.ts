import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    eval("1 + 1"); //! RS1002 col 5
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const re = /ab+c/; //! RS1003 col 16
    return 0;
}

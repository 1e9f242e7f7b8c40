import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
console.log("starting"); //! RS1003 col 1
export function main(): number {
    return 0;
}

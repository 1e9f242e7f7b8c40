import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    while (true) { //! RS1003 col 5
        console.log("x");
    }
}

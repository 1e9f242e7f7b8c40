import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    function inner(): void { //! RS1005 col 14
        console.log("x");
    }
    return 0;
}

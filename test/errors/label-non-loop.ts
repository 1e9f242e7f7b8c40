import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    block: { //! RS1003 col 5
        console.log("x");
        break block;
    }
    return 0;
}

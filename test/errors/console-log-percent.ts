import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    console.log("load 50%", "done"); //! RS1003 col 17
    return 0;
}

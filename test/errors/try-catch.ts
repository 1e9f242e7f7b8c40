import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    try { //! RS1003 col 5
        console.log("x");
    } catch (e) {
        return 1;
    }
    return 0;
}

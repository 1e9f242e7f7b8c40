import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
function handler(sock: UdpSock, flags: SockAsync, arg: null): void {
    if (flags == SockAsync.MSG_RECV) { //! RS1007 col 15
        console.log("x");
    }
}
export function main(): number {
    return 0;
}

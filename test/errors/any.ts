import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
function helper(x: any): void { //! RS2001 col 20
    console.log("hi");
}
export function main(): number {
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
async function fetchIt(): Promise<void> { //! RS1003 col 16
    console.log("x");
}
export function main(): number {
    return 0;
}

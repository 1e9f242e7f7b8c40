import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript"; //! RS4001 col 1
function helper(): void {
    console.log("no main here");
}

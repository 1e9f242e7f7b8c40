import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const C = class { x = 0; }; //! RS1003 col 15
    return 0;
}

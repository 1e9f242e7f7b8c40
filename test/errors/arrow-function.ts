import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const inc = (x: number): number => x + 1; //! RS1003 col 17
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const a = NaN; //! RS1003 col 15
    const b = Infinity; //! RS1003 col 15
    return 0;
}

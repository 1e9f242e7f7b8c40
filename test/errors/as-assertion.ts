import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
import { u8 } from "riotscript";
export function main(): number {
    const n = 300;
    const b = n as u8; //! RS1003 col 15
    return 0;
}

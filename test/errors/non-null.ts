import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const buf = new Uint8Array(4);
export function main(): number {
    const b = buf!; //! RS1003 col 15
    return 0;
}

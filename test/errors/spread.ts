import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const buf = new Uint8Array(4);
export function main(): number {
    const m = Math.max(...buf); //! RS1003 col 24
    return 0;
}

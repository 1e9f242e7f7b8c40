import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const n = 128; //! RS1003 col 11
const buf = new Uint8Array(n); //! RS2002 col 28
export function main(): number {
    return 0;
}

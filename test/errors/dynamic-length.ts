import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
let n = 128;
const buf = new Uint8Array(n); //! RS2002 col 28
export function main(): number {
    const local = new Uint8Array(n + 1); //! RS2002 col 34
    return 0;
}

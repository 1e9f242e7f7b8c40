import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
export function main(): number {
    let n: i32; //! RS1003 col 9
    n = 1;
    return 0;
}

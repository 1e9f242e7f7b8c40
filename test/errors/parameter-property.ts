import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
class Point {
    constructor(public x: i32, private y: i32) {} //! RS1003 col 17 //! RS1003 col 32
}
export function main(): number {
    return 0;
}

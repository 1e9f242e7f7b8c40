import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
var a = 1; //! RS1001 col 1
var b = 2; //! RS1001 col 1
export function main(): number {
    eval("x"); //! RS1002 col 5
    const c: number = "text"; //! TS2322 col 11
    return 0;
}

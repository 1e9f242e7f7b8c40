import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
function f(): i32 {
    return 1;
}
export function main(): number {
    void f(); //! RS1003 col 5
    return 0;
}

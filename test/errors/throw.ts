import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
function check(n: i32): void {
    if (n < 0) {
        throw 1; //! RS1003 col 9
    }
}
export function main(): number {
    check(1);
    return 0;
}

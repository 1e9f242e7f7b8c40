import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
function a(x?: i32): void { //! RS1003 col 12
    console.log("a");
}
function b(x: i32 = 1): void { //! RS1003 col 12
    console.log("b");
}
function c(...xs: i32[]): void { //! RS1003 col 12
    console.log("c");
}
export function main(): number {
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function rem(a: i32, b: i32): i32 {
    return a % b; //! RS2104 col 12
}
function quot(a: i32, b: i32): i32 {
    return Math.trunc(a / b); //! RS2104 col 23
}
export function main(): number {
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function hello(): i32 {
    console.log("hello");
    return 1;
}
function world(): i32 {
    console.log("world");
    return 2;
}
export function main(): number {
    console.log(`${hello()} ${world()}`); //! RS1009 col 5
    return 0;
}

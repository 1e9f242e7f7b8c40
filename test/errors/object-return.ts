import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Point {
    x: i32 = 0;
}
function make(): Point { //! RS3006 col 18
    const p = new Point();
    return p;
}
export function main(): number {
    return 0;
}

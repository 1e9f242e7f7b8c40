import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Point {
    x: i32 = 0;
}
const p = new Point();
export function main(): number {
    let q = p; //! RS3006 col 13
    return 0;
}

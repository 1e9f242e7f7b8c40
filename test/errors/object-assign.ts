import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Point {
    x: i32 = 0;
}
const a = new Point();
let b = new Point();
export function main(): number {
    b = a; //! RS3006 col 5
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Point {
    x: i32 = 0;
}
function show(p: Point): void {
    console.log(`${p.x}`);
}
export function main(): number {
    show(new Point()); //! RS1003 col 10
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
class Point {
    x: i32 = 0;
    y: i32 = 0;
}
const p = new Point();
function sum({ x, y }: Point): i32 { //! RS1003 col 14
    return x + y;
}
export function main(): number {
    const { x, y } = p; //! RS1003 col 11
    return 0;
}

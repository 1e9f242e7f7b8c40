import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
class Point {
    x: i32 = 0;
}
const p = new Point();
export function main(): number {
    for (const k in p) { //! RS1003 col 5
        console.log("field");
    }
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Point {
    x: i32 = 0;
}
enum Mode { On, Off }
export function main(): number {
    const k = Point; //! RS3006 col 15
    const m = Mode; //! RS3006 col 15
    return 0;
}

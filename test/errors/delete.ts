import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
class Box {
    v: i32 = 0;
}
const box = new Box();
export function main(): number {
    delete box.v; //! RS1003 col 5 //! TS2790 col 12
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Box {
    v: i32 = 0;
}
const box = new Box();
export function main(): number {
    const a = "v" in box; //! RS2005 col 19
    const b = box instanceof Box; //! RS2005 col 19
    return 0;
}

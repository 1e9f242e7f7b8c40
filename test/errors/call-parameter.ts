import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function apply(f: () => void): void { //! RS2003 col 19
    f(); //! RS1003 col 5
}
export function main(): number {
    return 0;
}

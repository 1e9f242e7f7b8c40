import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
enum Mode {
    On = "on", //! RS2003 col 10
    Off = "off", //! RS2003 col 11
}
export function main(): number {
    return 0;
}

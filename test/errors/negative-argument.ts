import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function setPort(p: u16): void {
    console.log(`${p}`);
}
export function main(): number {
    const d: i32 = -5;
    setPort(d); //! RS2101 col 13
    return 0;
}

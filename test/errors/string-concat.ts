import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function greet(name: string): void {
    const s = "hello " + name; //! RS2005 col 24
}
export function main(): number {
    greet("bob");
    return 0;
}

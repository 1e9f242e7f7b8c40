import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function greet(name: string): void {
    if (name === "admin") { //! RS2005 col 14
        console.log("hello admin");
    }
}
export function main(): number {
    greet("bob");
    return 0;
}

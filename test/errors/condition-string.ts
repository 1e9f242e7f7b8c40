import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
function check(name: string): void {
    if (name) { //! RS2003 col 9
        console.log("named");
    }
}
export function main(): number {
    check("x");
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
export function main(): number {
    class Local { //! RS1003 col 5
        x: i32 = 0;
    }
    return 0;
}

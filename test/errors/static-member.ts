import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
class Counter {
    static count: i32 = 0; //! RS1003 col 5
    static reset(): void { //! RS1003 col 5
        Counter.count = 0;
    }
}
export function main(): number {
    return 0;
}

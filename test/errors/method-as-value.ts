import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Counter {
    n: i32 = 0;
    reset(): void {
        this.n = 0;
    }
}
const c = new Counter();
export function main(): number {
    const r = c.reset; //! RS3006 col 15
    return 0;
}

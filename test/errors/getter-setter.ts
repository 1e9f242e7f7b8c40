import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32 } from "riotscript";
class Temp {
    raw: i32 = 0;
    get celsius(): i32 { //! RS1003 col 5
        return this.raw;
    }
    set celsius(v: i32) { //! RS1003 col 5
        this.raw = v;
    }
}
export function main(): number {
    return 0;
}

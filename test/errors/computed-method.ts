import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Device {
    ["reset"](): void { //! RS1003 col 5
        console.log("reset");
    }
}
export function main(): number {
    return 0;
}

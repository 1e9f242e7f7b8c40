import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const buf = new Uint8Array(8);
export function main(): number {
    const f: number = 1.5;
    const v = buf[f]; //! RS2003 col 19
    return 0;
}

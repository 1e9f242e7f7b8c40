import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const N = 3;
let v = 5;
const T = [1, 2, v] as const; //! RS2107 col 11
export function main(): number {
    return 0;
}

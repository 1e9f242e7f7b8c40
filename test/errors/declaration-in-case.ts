import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
export function main(): number {
    const k: i32 = 1;
    switch (k) {
    case 1:
        const y = k + 1; //! RS1010 col 9
        console.log(`${y}`);
        break;
    default:
        break;
    }
    return 0;
}

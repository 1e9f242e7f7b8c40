import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
let small: u8 = 0;
export function main(): number {
    const a: i32 = 7;
    const b: i32 = 2;
    const f: number = 0.5;
    small = a + 250; //! RS2101 col 5
    const q = a / b; //! RS2103 col 17
    const m = f * a; //! RS2105 col 15
    console.log(`${f}`); //! RS2106 col 20
    return 0;
}

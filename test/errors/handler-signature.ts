import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
const queue = new EventQueue();
const sock = new UdpSock();
function onEvent(sock: UdpSock, flags: SockAsync): i32 {
    return 0;
}
export function main(): number {
    queue.init();
    sock.eventInit(queue, onEvent, null); //! RS3009 col 27
    return 0;
}

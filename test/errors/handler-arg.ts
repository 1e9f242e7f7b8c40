import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const queue = new EventQueue();
const sock = new UdpSock();
function handler(sock: UdpSock, flags: SockAsync, arg: number): void {
    console.log("x");
}
export function main(): number {
    queue.init();
    sock.eventInit(queue, handler, 5); //! RS3003 col 36
    return 0;
}

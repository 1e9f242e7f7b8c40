import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const queue = new EventQueue();
const sock = new UdpSock();
export function main(): number {
    queue.init();
    sock.eventInit(queue, main, null); //! RS3009 col 27
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
const queue = new EventQueue();
const sock = new UdpSock();
export function main(): number {
    const local = UdpEndpoint.ipv6Any(1234);
    sock.create(local, null, SockFlags.NONE);
    queue.init();
    sock.eventInit(queue, (s: UdpSock, f: SockAsync, a: null) => { console.log("x"); }, null); //! RS1004 col 27
    queue.loop();
    return 0;
}

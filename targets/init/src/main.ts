/*
 * Asynchronous UDP echo server: RIOT's sock_async_event example, in TypeScript.
 * Every datagram that arrives on port 12345 is sent back to its sender.
 */
import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";

const queue = new EventQueue();
const sock = new UdpSock();
const buf = new Uint8Array(128);

function handler(sock: UdpSock, flags: SockAsync, arg: null): void {
    if (flags & SockAsync.MSG_RECV) {
        const remote = new UdpEndpoint();
        const n = sock.recv(buf, 0, remote);
        if (n >= 0) {
            console.log("Received a message");
            if (sock.send(buf, n, remote) < 0) {
                console.log("Error sending reply");
            }
        }
    }
}

export function main(): number {
    const local = UdpEndpoint.ipv6Any(12345);
    if (sock.create(local, null, SockFlags.NONE) < 0) {
        console.log("Error creating UDP sock");
        return 1;
    }
    queue.init();
    sock.eventInit(queue, handler, null);
    queue.loop();
    return 0;
}

/*
 * Raw IP echo on protocol 253 (reserved for experiments, RFC 3692). A datagram whose
 * first byte is 'Q' (a request) comes back to its sender with 'R' (a reply) in its place.
 * Replies are not answered: a raw sock sees every datagram of its protocol sent to its
 * address, so on a shared link or on loopback it would otherwise answer its own replies.
 */
import { Errno, EventQueue, IpEndpoint, IpSock, SockAsync, SockFlags } from "riotscript";

const PROTO = 253;
const REQUEST = 0x51;
const REPLY = 0x52;

const queue = new EventQueue();
const sock = new IpSock();
const buf = new Uint8Array(128);

function handler(s: IpSock, flags: SockAsync, arg: null): void {
    if (flags & SockAsync.MSG_RECV) {
        const remote = new IpEndpoint();
        const n = s.recv(buf, 0, remote);
        if (n === -Errno.ENOBUFS) {
            console.log("dropped an oversize datagram");
            return;
        }
        if (n < 1 || buf[0] !== REQUEST) {
            return;
        }
        buf[0] = REPLY;
        if (s.send(buf, n, PROTO, remote) < 0) {
            console.log("Error sending reply");
            return;
        }
        console.log(`echoed ${n} bytes`);
    }
}

export function main(): number {
    const local = IpEndpoint.ipv6Any();
    const res = sock.create(local, null, PROTO, SockFlags.NONE);
    if (res < 0) {
        console.log(`Error creating raw IP sock (${res})`);
        return 1;
    }
    queue.init();
    sock.eventInit(queue, handler, null);
    console.log(`raw IP echo on protocol ${PROTO}`);
    queue.loop();
    return 0;
}

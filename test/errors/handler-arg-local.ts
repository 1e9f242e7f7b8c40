import { EventQueue, SockAsync, UdpSock } from "riotscript";
class Session {
    n = 0;
}
const queue = new EventQueue();
const sock = new UdpSock();
const spare = new Session();
function handler(sock: UdpSock, flags: SockAsync, s: Session): void {
    console.log(`${s.n}`);
}
function register(s: Session): void {
    sock.eventInit(queue, handler, s); //! RS3003 col 36
}
export function main(): number {
    queue.init();
    const local = new Session();
    sock.eventInit(queue, handler, local); //! RS3003 col 36
    register(spare);
    return 0;
}

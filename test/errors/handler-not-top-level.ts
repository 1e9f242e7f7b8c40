import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock, i32, u8, u16, u32 } from "riotscript";
class Server {
    count: i32 = 0;
    handle(sock: UdpSock, flags: SockAsync, arg: null): void {
        console.log("x");
    }
}
const queue = new EventQueue();
const sock = new UdpSock();
const server = new Server();
export function main(): number {
    queue.init();
    sock.eventInit(queue, server.handle, null); //! RS3002 col 27
    return 0;
}

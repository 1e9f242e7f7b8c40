import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
function* counter(): Generator<number> { //! RS1003 col 11
    yield 1;
}
export function main(): number {
    return 0;
}

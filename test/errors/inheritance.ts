import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
class Base {}
class Derived extends Base {} //! RS1006 col 15
export function main(): number {
    return 0;
}

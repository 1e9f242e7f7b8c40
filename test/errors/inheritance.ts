import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
class Base {} //! RS1003 col 1
class Derived extends Base {} //! RS1006 col 15
export function main(): number {
    return 0;
}

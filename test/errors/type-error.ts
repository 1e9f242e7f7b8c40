import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
export function main(): number {
    const ep = new UdpEndpoint();
    const s: string = ep.port; //! TS2322 col 11
    return 0;
}

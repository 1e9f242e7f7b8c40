import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
function tag(parts: TemplateStringsArray): number { //! RS2003 col 21
    return 0;
}
export function main(): number {
    const n = tag`hello`; //! RS1003 col 15
    return 0;
}

import { EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "riotscript";
function tag(parts: TemplateStringsArray): number {
    return 0;
}
export function main(): number {
    const n = tag`hello`; //! RS1003 col 15
    return 0;
}

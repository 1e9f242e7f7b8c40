import { UdpEndpoint } from "riotscript";
let last = new UdpEndpoint();
export function main(): number {
    const remote = UdpEndpoint.ipv6Any(5683);
    last = remote; //! RS3006 col 5
    return last.port;
}

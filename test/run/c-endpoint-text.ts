/*
 * Endpoints printed as text: `${ep}` writes "[addr]:port" (or "a.b.c.d:port"), the address as
 * RIOT's ipv6_addr_to_str writes it: lowercase, the first longest run of zero groups as "::",
 * dotted IPv4 at the end of mapped and compatible addresses. Node and C must print the same.
 */
import { i32, TcpEndpoint, UdpEndpoint, writeText } from "riotscript";

const ep = new UdpEndpoint();
const peer = new TcpEndpoint();
const out = new Uint8Array(24);

function show(res: i32): void {
    console.log(`${res === 0 ? "ok" : "invalid"}: ${ep}`);
}

export function main(): number {
    console.log(`unset: ${ep}`);
    show(ep.parse("[2001:db8::1]:5683"));
    show(ep.parse("[2001:DB8:0:0:0:0:0:1]:5683"));
    show(ep.parse("[::]:0"));
    show(ep.parse("[::1]:7"));
    show(ep.parse("[fe80::1%6]:5683"));
    show(ep.parse("[1:0:0:1:0:0:0:1]:1"));
    show(ep.parse("[1:0:0:2:0:0:3:4]:2"));
    show(ep.parse("[1:0:2:3:4:5:6:7]:3"));
    show(ep.parse("[::ffff:192.0.2.1]:4"));
    show(ep.parse("[::ffff:c000:201]:5"));
    show(ep.parse("[::2:3]:6"));
    show(ep.parse("[1::]:8"));
    show(ep.parse("[ff02::1:ff00:1]:9"));
    show(ep.parse("[abcd:ef01:2345:6789:abcd:ef01:2345:6789]:65535"));
    show(ep.parse("[::1:0:0:0]:10"));
    show(ep.parse("not an address"));
    peer.parse("[fd00:dead:beef::2]:1883");
    console.log(`tcp ${peer} and again ${peer}`);
    // into a buffer, cut where TextEncoder.encodeInto would cut it
    const n = writeText(out, 0, `peer=${peer}`);
    let text = 0;
    for (let i = 0; i < n; i++) {
        text = (text * 31 + out[i]) % 65521;
    }
    console.log(`wrote ${n} bytes, last '${out[n - 1]}', hash ${text}`);
    return 0;
}

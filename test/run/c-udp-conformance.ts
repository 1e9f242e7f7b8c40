/*
 * Shared conformance suite: sock semantics that the Node runtime and the C host port must
 * agree on (the differential harness runs this program on both and compares every line).
 * Only what is synchronous: creating, binding, endpoints, errors, receiving when empty.
 */
import { AF, Errno, i32, SockFlags, UdpEndpoint, UdpSock } from "riotscript";

const a = new UdpSock();
const b = new UdpSock();
const again = new UdpSock();
const buf = new Uint8Array(16);

function show(what: string, res: i32): void {
    console.log(`${what}: ${res}`);
}

export function main(): number {
    const v6 = UdpEndpoint.ipv6Any(0);
    const v4 = UdpEndpoint.ipv4Any(0);
    console.log(`AF INET6 ${AF.INET6} INET ${AF.INET} v6 ${v6.isV6()} v4 ${v4.isV6()}`);

    // an unbound sock: no local endpoint, nothing to receive
    show("recv unbound is -EADDRNOTAVAIL", a.recv(buf, 0, null) === -Errno.EADDRNOTAVAIL ? 1 : 0);
    const ep = new UdpEndpoint();
    show("getLocal unbound is -EADDRNOTAVAIL", a.getLocal(ep) === -Errno.EADDRNOTAVAIL ? 1 : 0);
    show("getRemote without remote is -ENOTCONN", a.getRemote(ep) === -Errno.ENOTCONN ? 1 : 0);

    // create on an ephemeral port: bound in 49152..65535, family kept
    show("create v6 ephemeral", a.create(v6, null, SockFlags.NONE));
    const local = new UdpEndpoint();
    show("getLocal", a.getLocal(local));
    console.log(`family ${local.family} ephemeral ${local.port >= 49152 ? 1 : 0}`);
    show("recv empty is -EAGAIN", a.recv(buf, 0, null) === -Errno.EAGAIN ? 1 : 0);

    // a fixed port, then the same port again
    const fixed = UdpEndpoint.ipv6Any(47810);
    show("create fixed", b.create(fixed, null, SockFlags.NONE));
    show("same port again is -EADDRINUSE", again.create(fixed, null, SockFlags.NONE) === -Errno.EADDRINUSE ? 1 : 0);
    b.close();
    show("after close the port is free", b.create(fixed, null, SockFlags.NONE));
    b.close();

    // sending: no remote, port 0, wrong family
    show("send without remote is -ENOTCONN", a.send(buf, 4, null) === -Errno.ENOTCONN ? 1 : 0);
    const noPort = new UdpEndpoint();
    show("parse [::1]", noPort.parse("[::1]"));
    show("send to port 0 is -EINVAL", a.send(buf, 4, noPort) === -Errno.EINVAL ? 1 : 0);
    const v4dst = new UdpEndpoint();
    show("parse 127.0.0.1:9", v4dst.parse("127.0.0.1:9"));
    show("send v4 from a v6 sock is -EAFNOSUPPORT", a.send(buf, 4, v4dst) === -Errno.EAFNOSUPPORT ? 1 : 0);

    // create arguments
    const remote = new UdpEndpoint();
    show("parse [::1]:9", remote.parse("[::1]:9"));
    show("create v4 local with v6 remote is -EINVAL", b.create(v4, remote, SockFlags.NONE) === -Errno.EINVAL ? 1 : 0);
    const unspec = new UdpEndpoint();
    show("create AF_UNSPEC is -EAFNOSUPPORT", b.create(unspec, null, SockFlags.NONE) === -Errno.EAFNOSUPPORT ? 1 : 0);
    show("create with a remote", b.create(null, remote, SockFlags.NONE));
    const r = new UdpEndpoint();
    show("getRemote", b.getRemote(r));
    console.log(`remote family ${r.family} port ${r.port}`);
    b.close();

    // endpoint parsing (sock_udp_str2ep)
    const p = new UdpEndpoint();
    show("[fe80::1%6]:5683", p.parse("[fe80::1%6]:5683"));
    console.log(`netif ${p.netif} port ${p.port} multicast ${p.isMulticast()}`);
    show("[ff02::1]:1", p.parse("[ff02::1]:1"));
    console.log(`multicast ${p.isMulticast()}`);
    show("224.0.0.1:5", p.parse("224.0.0.1:5"));
    console.log(`multicast ${p.isMulticast()} family ${p.family}`);
    show("not an address", p.parse("not an address") === -Errno.EINVAL ? 1 : 0);
    show("[::1]:123456", p.parse("[::1]:123456") === -Errno.EINVAL ? 1 : 0);
    show("1.2.3.4", p.parse("1.2.3.4"));
    console.log(`port ${p.port}`);
    a.close();
    return 0;
}

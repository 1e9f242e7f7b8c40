/**
 * The Node runtime's RIOT semantics, on an in-memory backend: flag coalescing, MSG_RECV
 * re-raise, -ENOBUFS drops that leave the buffer untouched, MSG_SENT, errno results and
 * endpoint parsing. The same rules the C host port's conformance test checks.
 */
import { AF, Errno, EventQueue, SockAsync, SockFlags, UdpEndpoint, UdpSock } from "../../runtime/api/index";
import { Backend, Datagram, installBackend } from "../../runtime/api/platform";

let deliver: ((d: Datagram) => void) | null = null;
const sent: Uint8Array[] = [];
const deferred: (() => void)[] = [];
const backend: Backend = {
    defer: (fn) => { deferred.push(fn); },
    fault: (e) => { throw e; },
    now: () => 0,
    sleep: () => undefined,
    setTimer: () => ({ cancel: () => undefined }),
    bindUdp: (_family, _addr, port, d) => {
        deliver = d;
        return { port: port === 0 ? 50000 : port, send: (data) => { sent.push(data); return data.length; }, close: () => undefined };
    },
    bindIp: () => -Errno.EPERM,
    tcpListen: () => -Errno.EAFNOSUPPORT,
    tcpConnect: () => -Errno.ECONNREFUSED,
};
installBackend(backend);

function runQueue(): void {
    while (deferred.length > 0) {
        (deferred.shift() as () => void)();
    }
}

function arrive(len: number, port = 4000): void {
    const addr = new Uint8Array(16);
    addr[15] = 1;
    (deliver as (d: Datagram) => void)({ data: new Uint8Array(len).fill(0x55), family: AF.INET6, addr, port, netif: 0 });
}

describe("Node runtime semantics", () => {
    const calls: number[] = [];
    let readInHandler = false;
    const buf = new Uint8Array(100);
    function handler(sock: UdpSock, flags: SockAsync, arg: null): void {
        void arg;
        calls.push(flags);
        if (readInHandler && (flags & SockAsync.MSG_RECV)) {
            sock.recv(buf, 0, null);
        }
    }
    const queue = new EventQueue();
    const sock = new UdpSock();

    beforeAll(() => {
        expect(sock.create(UdpEndpoint.ipv6Any(0), null, SockFlags.NONE)).toBe(0);
        queue.init();
        sock.eventInit(queue, handler, null);
        queue.loop();
    });

    beforeEach(() => {
        calls.length = 0;
        readInHandler = false;
    });

    test("ephemeral port and RIOT's AF numbers", () => {
        const ep = new UdpEndpoint();
        expect(sock.getLocal(ep)).toBe(0);
        expect(ep.port).toBe(50000);
        expect(ep.family).toBe(4);
    });

    test("raises before the handler runs coalesce into one call (0x30)", () => {
        arrive(10);
        const to = new UdpEndpoint();
        to.parse("[::1]:4000");
        sock.send(buf, 5, to);
        runQueue();
        expect(calls).toEqual([SockAsync.MSG_RECV | SockAsync.MSG_SENT]);
        expect(sock.recv(buf, 0, null)).toBe(10);
    });

    test("MSG_RECV is re-raised after each recv while datagrams remain", () => {
        readInHandler = true;
        arrive(1);
        arrive(2);
        arrive(3);
        runQueue();
        expect(calls).toEqual([SockAsync.MSG_RECV, SockAsync.MSG_RECV, SockAsync.MSG_RECV]);
        expect(sock.recv(buf, 0, null)).toBe(-Errno.EAGAIN);
    });

    test("an oversize datagram is dropped with -ENOBUFS and the buffer is untouched", () => {
        arrive(101, 4242);
        buf.fill(0xaa);
        const remote = new UdpEndpoint();
        expect(sock.recv(buf, 0, remote)).toBe(-Errno.ENOBUFS);
        expect(buf.every((b) => b === 0xaa)).toBe(true);
        expect(remote.port).toBe(4242);
        expect(sock.recv(buf, 0, null)).toBe(-Errno.EAGAIN);
        runQueue();
    });

    test("send errors and the out-of-range fault", () => {
        const noPort = new UdpEndpoint();
        noPort.parse("[::1]");
        expect(sock.send(buf, 1, noPort)).toBe(-Errno.EINVAL);
        expect(sock.send(buf, 1, null)).toBe(-Errno.ENOTCONN);
        expect(() => sock.send(buf, 101, noPort)).toThrow(/runtime\.test\.ts:\d+: send: length outside the buffer/);
        runQueue();
    });

    test("endpoint parsing follows sock_udp_str2ep", () => {
        const ep = new UdpEndpoint();
        expect(ep.parse("[::1]:12345")).toBe(0);
        expect([ep.family, ep.port]).toEqual([AF.INET6, 12345]);
        expect(ep.parse("[fe80::1%6]:5683")).toBe(0);
        expect([ep.netif, ep.port]).toEqual([6, 5683]);
        expect(ep.parse("192.0.2.1:80")).toBe(0);
        expect([ep.family, ep.port]).toEqual([AF.INET, 80]);
        expect(ep.parse("not an address")).toBe(-Errno.EINVAL);
        expect(ep.parse("[::1]:123456")).toBe(-Errno.EINVAL);
    });

    test("eventClose cancels a queued event", () => {
        arrive(4);
        sock.eventClose();
        runQueue();
        expect(calls).toEqual([]);
    });

    test("close() of an async sock outside its queue's handlers is a fault naming the line", () => {
        const other = new UdpSock();
        expect(other.create(UdpEndpoint.ipv6Any(0), null, SockFlags.NONE)).toBe(0);
        other.eventInit(queue, handler, null);
        expect(() => other.close()).toThrow(/runtime\.test\.ts:\d+: sock\.close\(\) on an async sock outside its queue's handlers/);
        other.eventClose(); // the safe way, from anywhere
    });
});

/**
 * UDP (`net/sock/udp.h`, `net/sock/async/event.h`, `net/sock/util.h`), with GNRC's
 * semantics: a mailbox of 8 datagrams per sock, oversize datagrams dropped with
 * `-ENOBUFS`, and `MSG_RECV` re-raised after each recv while datagrams remain.
 */
import { isZeroAddr as isZero, sameAddr, TransportEndpoint } from "./endpoint";
import { SockEvent } from "./async";
import { Errno } from "./errno";
import { EventQueue } from "./event";
import { backend, Datagram, UdpTransport } from "./platform";
import { fault } from "./fault";
import { AF, SockAsync, SockFlags } from "./sock";

/** GNRC's `CONFIG_GNRC_SOCK_MBOX_SIZE_EXP=3`: 8 queued datagrams per sock. */
const MBOX_SIZE = 8;

/**
 * A UDP endpoint (`sock_udp_ep_t`): address family, address, interface and port.
 * A new endpoint is all zeroes (`AF.UNSPEC`, port 0).
 */
export class UdpEndpoint extends TransportEndpoint {
    /** Address family (`family`): `AF.INET6`, `AF.INET` or `AF.UNSPEC`. */
    declare family: AF;
    /** Interface id (`netif`); 0 is any interface. Set on receive to the arrival interface. */
    declare netif: number;
    /** Port in host byte order (`port`). */
    declare port: number;

    /**
     * Any IPv6 address on `port`. C: `sock_udp_ep_t ep = SOCK_IPV6_EP_ANY; ep.port = port;`.
     * Use it to initialise a `const`.
     */
    static ipv6Any(port: number): UdpEndpoint {
        return new UdpEndpoint()._any(AF.INET6, port);
    }

    /**
     * Any IPv4 address on `port`. C: `sock_udp_ep_t ep = SOCK_IPV4_EP_ANY; ep.port = port;`.
     * GNRC has no IPv4: use it with lwIP or on the host.
     */
    static ipv4Any(port: number): UdpEndpoint {
        return new UdpEndpoint()._any(AF.INET, port);
    }

    /**
     * True for the same family, address and port; the interface is not compared, as RIOT's
     * `sock_udp_ep_equal` does not. C: `sock_udp_ep_equal(&ep, &other)` (module `sock_util`).
     */
    equals(other: UdpEndpoint): boolean {
        return this._equals(other);
    }

    /**
     * Copies the address (16 bytes for IPv6, 4 for IPv4, in network order) to the start of
     * `buf`, which must hold 16; returns how many, 0 for AF.UNSPEC. C: `memcpy(buf, &ep.addr, n)`.
     */
    address(buf: Uint8Array): number {
        return this._address(buf);
    }

    /**
     * Copies `other` into this endpoint. C: `ep = other;`, a struct copy. (`ep = other` in
     * TypeScript would make both names one object; riotscript rejects it.)
     */
    copyFrom(other: UdpEndpoint): void {
        this._copyFrom(other);
    }

    /**
     * Parses `"[2001:db8::1]:5683"`, `"[fe80::1%6]:5683"` or `"192.0.2.1:5683"` (the port is
     * optional) into this endpoint. Returns 0, or `-Errno.EINVAL` if the text is malformed.
     * C: `sock_udp_str2ep(&ep, "...")` (module `sock_util`).
     */
    parse(text: string): number {
        return this._parse(text);
    }

    /** True if the family is `AF.INET6`. C: `sock_udp_ep_is_v6(&ep)`. */
    isV6(): boolean {
        return this.family === AF.INET6;
    }

    /** True if the address is multicast. C: `sock_udp_ep_is_multicast(&ep)`. */
    isMulticast(): boolean {
        return this._isMulticast();
    }
}

/** A handler for UDP sock events (`sock_udp_cb_t`). */
export type UdpHandler<T> = (sock: UdpSock, flags: SockAsync, arg: T) => void;

/**
 * A UDP sock (`sock_udp_t`). Declare socks at module level: the C object is `static`,
 * because the network stack keeps a pointer to it.
 */
export class UdpSock {
    /** @internal */
    _transport: UdpTransport | null = null;
    /** @internal */
    _local: UdpEndpoint | null = null;
    /** @internal */
    _remote: UdpEndpoint | null = null;
    /** @internal */
    _flags = 0;
    /** @internal */
    _mbox: Datagram[] = [];
    /** @internal */
    readonly _event = new SockEvent<UdpSock, unknown>(this);

    /**
     * Creates the sock. `local` binds it (port 0 picks an ephemeral port; `null` leaves it
     * unbound until the first send). A unicast `remote` makes it accept datagrams only from
     * there. Returns 0, or `-EADDRINUSE`, `-EAFNOSUPPORT`, `-EINVAL`, `-ENOMEM`.
     * C: `sock_udp_create(&sock, &local, &remote, flags)`.
     */
    create(local: UdpEndpoint | null, remote: UdpEndpoint | null, flags: SockFlags): number {
        if ((local !== null && local.family !== AF.INET6 && local.family !== AF.INET)
            || (remote !== null && remote.family !== AF.INET6 && remote.family !== AF.INET)) {
            return -Errno.EAFNOSUPPORT;
        }
        if (local !== null && remote !== null && local.family !== remote.family) {
            return -Errno.EINVAL;
        }
        if (remote !== null && (remote.port === 0 || isZero(remote._addr))) {
            return -Errno.EINVAL;
        }
        this._close();
        this._flags = flags;
        if (remote !== null) {
            this._remote = copyEp(remote);
            if (!remote.isMulticast()) {
                this._flags |= SockFlags.CONNECT_REMOTE;
            }
        }
        if (local !== null) {
            const res = this._bind(local);
            if (res < 0) {
                this._remote = null;
                return res;
            }
        }
        return 0;
    }

    /**
     * Closes the sock and cancels a pending event. C: `sock_udp_close(&sock)`.
     * An async sock may only be closed from its queue's thread (RIOT races otherwise): from
     * anywhere else, use `eventClose()`.
     */
    close(): void {
        const queue = this._event._queue;
        if (queue !== null && !queue._isCurrent()) {
            fault("sock.close() on an async sock outside its queue's handlers: RIOT would race "
                + "with the stack; call sock.eventClose() instead");
        }
        this._event._close();
        this._close();
    }

    /**
     * Writes the local endpoint into `ep`. Returns 0, or `-EADDRNOTAVAIL` if unbound.
     * C: `sock_udp_get_local(&sock, &ep)`.
     */
    getLocal(ep: UdpEndpoint): number {
        if (this._local === null) {
            return -Errno.EADDRNOTAVAIL;
        }
        ep._set(this._local.family, this._local._addr, this._local.port, this._local.netif);
        return 0;
    }

    /**
     * Writes the remote endpoint into `ep`. Returns 0, or `-ENOTCONN` if there is none.
     * C: `sock_udp_get_remote(&sock, &ep)`.
     */
    getRemote(ep: UdpEndpoint): number {
        if (this._remote === null) {
            return -Errno.ENOTCONN;
        }
        ep._set(this._remote.family, this._remote._addr, this._remote.port, this._remote.netif);
        return 0;
    }

    /**
     * Receives one datagram into `buf` (at most `buf.length` bytes) and writes its sender
     * into `remote`. `timeout` is in microseconds; only 0 (do not block) is supported, as a
     * handler must not block its queue.
     *
     * Returns the number of bytes, or `-EAGAIN` (nothing queued), `-EADDRNOTAVAIL` (unbound),
     * `-ENOBUFS` (the datagram was larger than `buf`: it has been **dropped**, not truncated),
     * `-EPROTO` (the sender is not the sock's remote).
     * C: `sock_udp_recv(sock, buf, sizeof(buf), timeout, &remote)`.
     */
    recv(buf: Uint8Array, timeout: number, remote: UdpEndpoint | null): number {
        if (this._local === null) {
            return -Errno.EADDRNOTAVAIL;
        }
        const dgram = this._mbox.shift();
        if (dgram === undefined) {
            return timeout === 0 ? -Errno.EAGAIN : -Errno.ETIMEDOUT;
        }
        if (this._mbox.length > 0) {
            this._event._raise(SockAsync.MSG_RECV);
        }
        if (remote !== null) {
            remote._set(dgram.family, dgram.addr, dgram.port, dgram.netif);
        }
        if ((this._flags & SockFlags.CONNECT_REMOTE) !== 0 && this._remote !== null
            && (this._remote.port !== dgram.port || !sameAddr(this._remote._addr, dgram.addr))) {
            return -Errno.EPROTO;
        }
        if (dgram.data.length > buf.length) {
            return -Errno.ENOBUFS;
        }
        buf.set(dgram.data);
        return dgram.data.length;
    }

    /**
     * Sends the first `len` bytes of `data` to `remote` (or to the sock's remote if `null`).
     * An unbound sock is bound to an ephemeral port first. Returns the bytes sent, or
     * `-EINVAL` (port 0, bad address), `-ENOTCONN` (no remote), `-EAFNOSUPPORT`,
     * `-EHOSTUNREACH`, `-ENOMEM`. Raises `MSG_SENT` when the datagram reached the stack.
     * C: `sock_udp_send(sock, data, len, &remote)`.
     */
    send(data: Uint8Array, len: number, remote: UdpEndpoint | null): number {
        if (len < 0 || len > data.length) {
            fault("send: length outside the buffer"); // the compiled program's check says the same
        }
        const to = remote ?? this._remote;
        if (to === null) {
            return -Errno.ENOTCONN;
        }
        if (to.port === 0) {
            return -Errno.EINVAL;
        }
        if (to.family !== AF.INET6 && to.family !== AF.INET) {
            return -Errno.EAFNOSUPPORT;
        }
        if (this._local === null) {
            const any = to.family === AF.INET6 ? UdpEndpoint.ipv6Any(0) : UdpEndpoint.ipv4Any(0);
            const res = this._bind(any);
            if (res < 0) {
                return res;
            }
        }
        if (this._local !== null && this._local.family !== to.family) {
            return -Errno.EAFNOSUPPORT;
        }
        const res = (this._transport as UdpTransport)
            .send(data.slice(0, len), to.family, to._addr, to.port);
        this._event._raise(SockAsync.MSG_SENT);
        return res;
    }

    /**
     * Delivers this sock's events to `queue`: `handler(sock, flags, arg)` runs in the
     * queue's thread. Call it after `create`.
     * C: `sock_udp_event_init(&sock, &queue, handler, arg)`.
     */
    eventInit<T>(queue: EventQueue, handler: UdpHandler<T>, arg: T): void {
        this._event._init(queue, handler as (s: UdpSock, f: number, a: unknown) => void, arg);
        if (this._mbox.length > 0) {
            this._event._raise(SockAsync.MSG_RECV);
        }
    }

    /** Closes an async sock safely from any context. C: `sock_udp_event_close(&sock)`. */
    eventClose(): void {
        this._event._close();
        this._close();
    }

    /** @internal */
    _bind(local: UdpEndpoint): number {
        const transport = backend().bindUdp(local.family, local._addr, local.port,
            (d) => this._deliver(d));
        if (typeof transport === "number") {
            return transport;
        }
        this._transport = transport;
        this._local = copyEp(local);
        this._local.port = transport.port;
        return 0;
    }

    /** @internal The stack hands a datagram to the sock. */
    _deliver(dgram: Datagram): void {
        if (this._mbox.length >= MBOX_SIZE) {
            return;
        }
        this._mbox.push(dgram);
        this._event._raise(SockAsync.MSG_RECV);
    }

    /** @internal */
    _close(): void {
        if (this._transport !== null) {
            this._transport.close();
        }
        this._transport = null;
        this._local = null;
        this._remote = null;
        this._mbox = [];
        this._flags = 0;
    }
}

function copyEp(ep: UdpEndpoint): UdpEndpoint {
    const c = new UdpEndpoint();
    c._set(ep.family, ep._addr, ep.port, ep.netif);
    return c;
}

/**
 * Raw IP (`net/sock/ip.h`, `net/sock/async/event.h`), with GNRC's semantics: a mailbox of
 * datagrams per sock, oversize datagrams dropped with `-ENOBUFS`, `MSG_RECV` re-raised after
 * each recv while datagrams remain, and `MSG_SENT` after each send the stack took.
 */
import { SockEvent } from "./async";
import { sameAddr } from "./endpoint";
import { Errno } from "./errno";
import { EventQueue } from "./event";
import { fault } from "./fault";
import { backend, Datagram, IpTransport } from "./platform";
import { AF, SockAsync, SockFlags } from "./sock";

/** GNRC's mailbox: 8 queued datagrams per sock. */
const MBOX_SIZE = 8;

/**
 * A raw IP endpoint (`sock_ip_ep_t`): address family, address and interface, no port.
 * A new endpoint is all zeroes.
 */
export class IpEndpoint {
    /** Address family (`family`): `AF.INET6`, `AF.INET` or `AF.UNSPEC`. */
    family: AF = AF.UNSPEC;
    /** Interface id (`netif`); 0 is any interface. */
    netif = 0;
    /** @internal Address bytes in network order; IPv4 uses the first 4. */
    readonly _addr = new Uint8Array(16);

    /** Any IPv6 address. C: `sock_ip_ep_t ep = SOCK_IPV6_EP_ANY;`. */
    static ipv6Any(): IpEndpoint {
        const ep = new IpEndpoint();
        ep.family = AF.INET6;
        return ep;
    }

    /** Any IPv4 address (lwIP and the host only). C: `sock_ip_ep_t ep = SOCK_IPV4_EP_ANY;`. */
    static ipv4Any(): IpEndpoint {
        const ep = new IpEndpoint();
        ep.family = AF.INET;
        return ep;
    }

    /** @internal */
    _set(family: AF, addr: Uint8Array, netif: number): void {
        this.family = family;
        this._addr.fill(0);
        this._addr.set(addr.subarray(0, 16));
        this.netif = netif;
    }
}

/** A handler for raw IP sock events (`sock_ip_cb_t`). */
export type IpHandler<T> = (sock: IpSock, flags: SockAsync, arg: T) => void;

function copyEp(ep: IpEndpoint): IpEndpoint {
    const c = new IpEndpoint();
    c._set(ep.family, ep._addr, ep.netif);
    return c;
}

/**
 * A raw IP sock (`sock_ip_t`) for one protocol number (IPv6 next header / IPv4 protocol).
 * Declare it at module level. On the host it is a raw socket: it needs root or
 * `CAP_NET_RAW`, and `create` returns `-EPERM` without.
 */
export class IpSock {
    /** @internal */
    _transport: IpTransport | null = null;
    /** @internal */
    _local: IpEndpoint | null = null;
    /** @internal */
    _remote: IpEndpoint | null = null;
    /** @internal */
    _proto = 0;
    /** @internal */
    _mbox: Datagram[] = [];
    /** @internal */
    readonly _event = new SockEvent<IpSock, unknown>(this);

    /**
     * Creates the sock for protocol `proto` on `local` (null: any IPv6 address), optionally
     * restricted to datagrams from `remote`. Returns 0, or `-EAFNOSUPPORT`, `-EINVAL`,
     * `-EPROTONOSUPPORT`, `-EPERM` (host: no raw-socket privilege).
     * C: `sock_ip_create(&sock, &local, &remote, proto, flags)`.
     */
    create(local: IpEndpoint | null, remote: IpEndpoint | null, proto: number, flags: SockFlags): number {
        void flags;
        if ((local !== null && local.family !== AF.INET6 && local.family !== AF.INET)
            || (remote !== null && remote.family !== AF.INET6 && remote.family !== AF.INET)) {
            return -Errno.EAFNOSUPPORT;
        }
        if (local !== null && remote !== null && local.family !== remote.family) {
            return -Errno.EINVAL;
        }
        this._close();
        const at = local ?? (remote !== null && remote.family === AF.INET ? IpEndpoint.ipv4Any() : IpEndpoint.ipv6Any());
        const transport = backend().bindIp(at.family, at._addr, proto & 0xff, (d) => this._deliver(d));
        if (typeof transport === "number") {
            return transport;
        }
        this._transport = transport;
        this._local = copyEp(at);
        this._remote = remote === null ? null : copyEp(remote);
        this._proto = proto & 0xff;
        return 0;
    }

    /**
     * Closes the sock and cancels a pending event. C: `sock_ip_close(&sock)`. An async sock
     * may only be closed from its queue's handlers; elsewhere use `eventClose()`.
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

    /** Writes the local endpoint: 0, or `-EADDRNOTAVAIL`. C: `sock_ip_get_local(&sock, &ep)`. */
    getLocal(ep: IpEndpoint): number {
        if (this._local === null) {
            return -Errno.EADDRNOTAVAIL;
        }
        ep._set(this._local.family, this._local._addr, this._local.netif);
        return 0;
    }

    /** Writes the remote endpoint: 0, or `-ENOTCONN`. C: `sock_ip_get_remote(&sock, &ep)`. */
    getRemote(ep: IpEndpoint): number {
        if (this._remote === null) {
            return -Errno.ENOTCONN;
        }
        ep._set(this._remote.family, this._remote._addr, this._remote.netif);
        return 0;
    }

    /**
     * Receives one datagram's payload into `buf` and its sender into `remote`. Returns the
     * byte count, or `-EAGAIN`, `-EADDRNOTAVAIL`, `-ENOBUFS` (larger than `buf`: dropped),
     * `-EPROTO` (not from the sock's remote). `timeout` must be 0.
     * C: `sock_ip_recv(&sock, buf, sizeof(buf), timeout, &remote)`.
     */
    recv(buf: Uint8Array, timeout: number, remote: IpEndpoint | null): number {
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
            remote._set(dgram.family, dgram.addr, dgram.netif);
        }
        if (this._remote !== null && !sameAddr(this._remote._addr, dgram.addr)) {
            return -Errno.EPROTO;
        }
        if (dgram.data.length > buf.length) {
            return -Errno.ENOBUFS;
        }
        buf.set(dgram.data);
        return dgram.data.length;
    }

    /**
     * Sends the first `len` bytes of `data` to `remote` (or the sock's remote if null).
     * `proto` is used only without a sock. Returns the byte count, or `-ENOTCONN`,
     * `-EAFNOSUPPORT`, `-EINVAL`, `-EHOSTUNREACH`. Raises `MSG_SENT` when the stack took it.
     * C: `sock_ip_send(&sock, data, len, proto, &remote)`.
     */
    send(data: Uint8Array, len: number, proto: number, remote: IpEndpoint | null): number {
        void proto;
        if (len < 0 || len > data.length) {
            fault("send: length outside the buffer"); // the compiled program's check says the same
        }
        const to = remote ?? this._remote;
        if (to === null) {
            return -Errno.ENOTCONN;
        }
        if (to.family !== AF.INET6 && to.family !== AF.INET) {
            return -Errno.EAFNOSUPPORT;
        }
        if (this._transport === null || this._local === null) {
            return -Errno.ENOTCONN;
        }
        if (this._local.family !== to.family) {
            return -Errno.EAFNOSUPPORT;
        }
        const res = this._transport.send(data.slice(0, len), to.family, to._addr);
        if (res >= 0) {
            this._event._raise(SockAsync.MSG_SENT);
        }
        return res;
    }

    /**
     * Delivers this sock's events to `queue`. Call it after `create`.
     * C: `sock_ip_event_init(&sock, &queue, handler, arg)`.
     */
    eventInit<T>(queue: EventQueue, handler: IpHandler<T>, arg: T): void {
        this._event._init(queue, handler as (s: IpSock, f: number, a: unknown) => void, arg);
        if (this._mbox.length > 0) {
            this._event._raise(SockAsync.MSG_RECV);
        }
    }

    /** Closes an async sock safely from any context. C: `sock_ip_event_close(&sock)`. */
    eventClose(): void {
        this._event._close();
        this._close();
    }

    /** @internal */
    _deliver(dgram: Datagram): void {
        if (this._mbox.length >= MBOX_SIZE) {
            return;
        }
        this._mbox.push(dgram);
        this._event._raise(SockAsync.MSG_RECV);
    }

    /** @internal */
    _close(): void {
        this._transport?.close();
        this._transport = null;
        this._local = null;
        this._remote = null;
        this._mbox = [];
    }
}

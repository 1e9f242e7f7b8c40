/**
 * TCP (`net/sock/tcp.h`, `net/sock/async/event.h`) with the semantics of lwIP, the stack
 * RIOT needs for TCP events: a blocking connect, listen queues over an array of socks the
 * program provides, a byte stream that never truncates, and these flags:
 * - `CONN_RECV` on the queue while connections wait (re-raised after each accept);
 * - `MSG_RECV` when data arrives (re-raised after a read that left data behind);
 * - `CONN_FIN` (with `MSG_RECV`) when the peer closes or resets the connection;
 * - `MSG_SENT` after each write.
 * Data that arrived before `eventInit` raises nothing, as on RIOT (FACTS §12.8): read once
 * after `eventInit`.
 */
import { SockEvent } from "./async";
import { TransportEndpoint } from "./endpoint";
import { Errno } from "./errno";
import { EventQueue } from "./event";
import { fault } from "./fault";
import { backend, StackAddr, TcpListener, TcpStream } from "./platform";
import { AF, SockAsync, SockFlags } from "./sock";

/**
 * A TCP endpoint (`sock_tcp_ep_t`, the same structure as `sock_udp_ep_t`): address
 * family, address, interface and port. A new endpoint is all zeroes.
 */
export class TcpEndpoint extends TransportEndpoint {
    /** Address family (`family`): `AF.INET6`, `AF.INET` or `AF.UNSPEC`. */
    declare family: AF;
    /** Interface id (`netif`); 0 is any interface. */
    declare netif: number;
    /** Port in host byte order (`port`). */
    declare port: number;

    /** Any IPv6 address on `port`. C: `sock_tcp_ep_t ep = SOCK_IPV6_EP_ANY; ep.port = port;`. */
    static ipv6Any(port: number): TcpEndpoint {
        return new TcpEndpoint()._any(AF.INET6, port);
    }

    /** Any IPv4 address on `port` (lwIP and the host only). C: `SOCK_IPV4_EP_ANY`. */
    static ipv4Any(port: number): TcpEndpoint {
        return new TcpEndpoint()._any(AF.INET, port);
    }

    /**
     * True for the same family, address and port; the interface is not compared, as RIOT's
     * `sock_tcp_ep_equal` does not. C: `sock_tcp_ep_equal(&ep, &other)` (module `sock_util`).
     */
    equals(other: TcpEndpoint): boolean {
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
    copyFrom(other: TcpEndpoint): void {
        this._copyFrom(other);
    }

    /**
     * Parses `"[2001:db8::1]:5683"` or `"192.0.2.1:5683"` into this endpoint: 0, or
     * `-Errno.EINVAL`. C: `sock_tcp_str2ep(&ep, "...")` (module `sock_util`).
     */
    parse(text: string): number {
        return this._parse(text);
    }
}

/** A handler for a TCP connection's events (`sock_tcp_cb_t`). */
export type TcpHandler<T> = (sock: TcpSock, flags: SockAsync, arg: T) => void;
/** A handler for a listen queue's events (`sock_tcp_queue_cb_t`): only `CONN_RECV`. */
export type TcpQueueHandler<T> = (queue: TcpQueue, flags: SockAsync, arg: T) => void;

function setEp(ep: TcpEndpoint, a: StackAddr): void {
    ep._set(a.family, a.addr, a.port, 0);
}

/** An async object may only be closed from its queue's thread (RIOT races otherwise). */
function checkCloseContext(event: { readonly _queue: EventQueue | null }, what: string): void {
    const queue = event._queue;
    if (queue !== null && !queue._isCurrent()) {
        fault(`${what} on an async sock outside its queue's handlers: RIOT would race with the stack; `
            + "call it from a handler, or use eventClose()");
    }
}

/**
 * A TCP connection (`sock_tcp_t`): one made with `connect`, or one element of a listen
 * queue's array that `accept` handed out. Declare socks at module level (the C object is
 * `static`), or as a `structArray(TcpSock, n)` for a listen queue.
 */
export class TcpSock {
    /** @internal */
    _stream: TcpStream | null = null;
    /** @internal The listen queue this sock was accepted from. */
    _queue: TcpQueue | null = null;
    /** @internal Bytes received and not yet read. */
    _rx: Uint8Array[] = [];
    /** @internal The peer closed its side. */
    _fin = false;
    /**
     * @internal The FIN came with data not yet read (`echo hi | nc -N`): lwIP's reads never
     * report it (FACTS trap 10), they return the data and then only `-EAGAIN`; `CONN_FIN` is
     * raised with the data, and once more when it has been read (`_finLostTold`).
     */
    _finLost = false;
    /** @internal */
    _finLostTold = false;
    /** @internal The connection failed: a negative errno. */
    _error = 0;
    /** @internal */
    readonly _event = new SockEvent<TcpSock, unknown>(this);

    /**
     * Connects to `remote` and returns once the connection is established (it blocks the
     * thread, as RIOT's does). `localPort` 0 picks a port. Returns 0, or `-ECONNREFUSED`,
     * `-ETIMEDOUT`, `-ENETUNREACH`, `-EADDRINUSE`, `-EAFNOSUPPORT`, `-EINVAL`, ...
     * C: `sock_tcp_connect(&sock, &remote, local_port, flags)`.
     */
    connect(remote: TcpEndpoint, localPort: number, flags: SockFlags): number {
        void flags;
        if (remote.family !== AF.INET6 && remote.family !== AF.INET) {
            return -Errno.EAFNOSUPPORT;
        }
        if (remote.port === 0) {
            return -Errno.EINVAL;
        }
        this._release();
        const stream = backend().tcpConnect(remote.family, remote._addr, remote.port, localPort & 0xffff);
        if (typeof stream === "number") {
            return stream;
        }
        this._attach(stream, null);
        return 0;
    }

    /**
     * Reads up to `buf.length` bytes of what has arrived. It is a byte stream: what does not
     * fit stays for the next read (and `MSG_RECV` is raised again). Returns the byte count;
     * `-EAGAIN` (nothing yet); `-ECONNRESET` once the peer has closed or reset the connection
     * and everything is read (RIOT's lwIP reads an orderly close as `-ECONNRESET`, not the 0
     * that net/sock/tcp.h documents: FACTS trap 9); `-ENOTCONN` (not connected). A FIN that
     * came with unread data is never read (trap 10): `CONN_FIN` with `-EAGAIN` means the
     * peer has closed its side.
     * `timeout` must be 0: a handler must not block its queue.
     * C: `sock_tcp_read(sock, buf, sizeof(buf), timeout)`.
     */
    read(buf: Uint8Array, timeout: number): number {
        if (this._stream === null) {
            return -Errno.ENOTCONN;
        }
        let n = 0;
        while (n < buf.length && this._rx.length > 0) {
            const chunk = this._rx[0];
            const take = Math.min(chunk.length, buf.length - n);
            buf.set(chunk.subarray(0, take), n);
            n += take;
            if (take === chunk.length) {
                this._rx.shift();
            } else {
                this._rx[0] = chunk.subarray(take);
            }
        }
        if (n > 0) {
            if (this._rx.length > 0) {
                this._event._raise(SockAsync.MSG_RECV);
            } else if (this._finLost && !this._finLostTold) {
                this._finLostTold = true;
                this._event._raise(SockAsync.CONN_FIN);
            }
            return n;
        }
        if (this._error !== 0) {
            return this._error;
        }
        if (this._fin) {
            return -Errno.ECONNRESET; // lwIP's ERR_CLSD (FACTS trap 9)
        }
        return timeout === 0 ? -Errno.EAGAIN : -Errno.ETIMEDOUT;
    }

    /**
     * Writes the first `len` bytes of `data`: the byte count, or `-ENOTCONN`,
     * `-ECONNRESET`. Raises `MSG_SENT`. C: `sock_tcp_write(sock, data, len)`.
     */
    write(data: Uint8Array, len: number): number {
        if (len < 0 || len > data.length) {
            fault("write: length outside the buffer"); // the compiled program's check says the same
        }
        if (this._stream === null) {
            return -Errno.ENOTCONN;
        }
        if (this._error !== 0) {
            return this._error;
        }
        const res = this._stream.write(data.slice(0, len));
        if (res >= 0) {
            this._event._raise(SockAsync.MSG_SENT);
        }
        return res;
    }

    /**
     * Closes the connection (an orderly close) and frees the sock; an accepted sock goes
     * back to its listen queue. C: `sock_tcp_disconnect(sock)`.
     */
    disconnect(): void {
        checkCloseContext(this._event, "sock.disconnect()");
        this._event._close();
        this._release();
    }

    /** Writes the local endpoint: 0, or `-EADDRNOTAVAIL`. C: `sock_tcp_get_local(sock, &ep)`. */
    getLocal(ep: TcpEndpoint): number {
        if (this._stream === null) {
            return -Errno.EADDRNOTAVAIL;
        }
        setEp(ep, this._stream.local);
        return 0;
    }

    /** Writes the remote endpoint: 0, or `-ENOTCONN`. C: `sock_tcp_get_remote(sock, &ep)`. */
    getRemote(ep: TcpEndpoint): number {
        if (this._stream === null) {
            return -Errno.ENOTCONN;
        }
        setEp(ep, this._stream.remote);
        return 0;
    }

    /**
     * Delivers this connection's events to `queue`. Data that arrived before this call
     * raises no event, as on RIOT: read once right after it.
     * C: `sock_tcp_event_init(sock, &queue, handler, arg)`.
     */
    eventInit<T>(queue: EventQueue, handler: TcpHandler<T>, arg: T): void {
        this._event._init(queue, handler as (s: TcpSock, f: number, a: unknown) => void, arg);
    }

    /** Disconnects an async sock safely from any context. C: `sock_tcp_event_close(sock)`. */
    eventClose(): void {
        this._event._close();
        this._release();
    }

    /** @internal */
    _attach(stream: TcpStream, queue: TcpQueue | null): void {
        this._stream = stream;
        this._queue = queue;
        this._rx = [];
        this._fin = false;
        this._finLost = false;
        this._finLostTold = false;
        this._error = 0;
        stream.attach({
            data: (bytes) => {
                if (this._stream !== stream) {
                    return;
                }
                this._rx.push(bytes);
                this._event._raise(SockAsync.MSG_RECV);
            },
            fin: () => {
                if (this._stream !== stream) {
                    return;
                }
                if (this._rx.length > 0) {
                    // the FIN came with data not yet read: lwIP's reads never report it (trap 10)
                    this._finLost = true;
                    this._event._raise(SockAsync.CONN_FIN | SockAsync.MSG_RECV);
                    return;
                }
                this._fin = true;
                this._event._raise(SockAsync.CONN_FIN | SockAsync.MSG_RECV);
            },
            error: (errno) => {
                if (this._stream !== stream) {
                    return;
                }
                this._error = errno; // what arrived before the reset can still be read
                this._event._raise(SockAsync.CONN_FIN | SockAsync.MSG_RECV);
            },
        });
    }

    /** @internal */
    _release(): void {
        if (this._stream !== null) {
            this._stream.close();
            this._stream = null;
            if (this._queue !== null) {
                this._queue._used--;
                this._queue = null;
            }
        }
        this._rx = [];
        this._fin = false;
        this._finLost = false;
        this._finLostTold = false;
        this._error = 0;
    }
}

/**
 * A TCP listen queue (`sock_tcp_queue_t`). Connections are accepted into an array of socks
 * the program provides: `const conns = structArray(TcpSock, 4)`. Declare both at module
 * level.
 */
export class TcpQueue {
    /** @internal */
    _listener: TcpListener | null = null;
    /** @internal */
    _local: StackAddr | null = null;
    /** @internal */
    _socks: TcpSock[] = [];
    /** @internal Connections the stack accepted that the program has not. */
    _pending: TcpStream[] = [];
    /** @internal */
    _used = 0;
    /** @internal */
    readonly _event = new SockEvent<TcpQueue, unknown>(this);

    /**
     * Listens on `local` (port must not be 0); connections are accepted into `socks`, at
     * most `socks.length` at a time. Returns 0, or `-EADDRINUSE`, `-EAFNOSUPPORT`,
     * `-EINVAL`. C: `sock_tcp_listen(&queue, &local, socks, n, flags)`.
     */
    listen(local: TcpEndpoint, socks: TcpSock[], flags: SockFlags): number {
        void flags;
        if (local.family !== AF.INET6 && local.family !== AF.INET) {
            return -Errno.EAFNOSUPPORT;
        }
        if (local.port === 0 || socks.length === 0) {
            return -Errno.EINVAL;
        }
        const listener = backend().tcpListen(local.family, local._addr, local.port, (stream) => {
            if (this._listener !== listener) {
                stream.close();
                return;
            }
            this._pending.push(stream);
            this._event._raise(SockAsync.CONN_RECV);
        });
        if (typeof listener === "number") {
            return listener;
        }
        this._listener = listener;
        this._local = { family: local.family, addr: local._addr.slice(), port: listener.port };
        this._socks = socks;
        this._pending = [];
        this._used = 0;
        for (const s of socks) {
            s._stream = null;
            s._queue = null;
        }
        return 0;
    }

    /**
     * Takes the next waiting connection: one of the queue's socks, or `null` if there is
     * none (`-EAGAIN`) or every sock is in use. In that case, as lwIP does, the waiting
     * connections are closed (`-ENOMEM`). `timeout` must be 0.
     * C: `sock_tcp_t *conn; if (sock_tcp_accept(&queue, &conn, 0) != 0) conn = NULL;`.
     */
    accept(timeout: number): TcpSock | null {
        void timeout;
        if (this._listener === null) {
            return null;
        }
        let out: TcpSock | null = null;
        if (this._used < this._socks.length) {
            const stream = this._pending.shift();
            const free = this._socks.find((s) => s._stream === null);
            if (stream !== undefined && free !== undefined) {
                free._attach(stream, this);
                this._used++;
                out = free;
            }
        } else {
            for (const stream of this._pending.splice(0)) {
                stream.close();
            }
        }
        if (this._pending.length > 0) {
            this._event._raise(SockAsync.CONN_RECV);
        }
        return out;
    }

    /** Stops listening and disconnects every sock accepted from it. C: `sock_tcp_stop_listen(&queue)`. */
    stopListen(): void {
        if (this._listener === null) {
            return;
        }
        this._listener.close();
        this._listener = null;
        for (const stream of this._pending.splice(0)) {
            stream.close();
        }
        for (const s of this._socks) {
            s._event._close();
            s._release();
        }
        this._socks = [];
        this._used = 0;
    }

    /** Writes the local endpoint: 0, or `-EADDRNOTAVAIL`. C: `sock_tcp_queue_get_local(&queue, &ep)`. */
    getLocal(ep: TcpEndpoint): number {
        if (this._listener === null || this._local === null) {
            return -Errno.EADDRNOTAVAIL;
        }
        setEp(ep, this._local);
        return 0;
    }

    /**
     * Delivers the queue's events (`CONN_RECV`) to `queue`. There is no event close for a
     * listen queue. C: `sock_tcp_queue_event_init(&queue, &ev_queue, handler, arg)`.
     */
    eventInit<T>(queue: EventQueue, handler: TcpQueueHandler<T>, arg: T): void {
        this._event._init(queue, handler as (s: TcpQueue, f: number, a: unknown) => void, arg);
    }
}

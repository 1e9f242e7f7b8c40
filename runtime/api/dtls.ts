/**
 * DTLS (`net/sock/dtls.h`, `net/credman.h`) with the semantics of RIOT's tinydtls sock:
 * DTLS 1.2, PSK credentials from credman, TLS_PSK_WITH_AES_128_CCM_8, client and server
 * roles over a UDP sock the program owns, and these flags:
 * - `CONN_RECV` when a handshake finishes (then `recv` returns `-SOCK_DTLS_HANDSHAKE` and
 *   fills the session);
 * - `MSG_RECV` when decrypted data waits;
 * - `CONN_FIN` when the peer sends close_notify (`getEventSession` names the session);
 * - `MSG_SENT` after each send.
 * In Node the protocol is dtlsproto.ts; on the host port, OpenSSL; on RIOT, tinydtls.
 */
import { randomBytes } from "node:crypto";
import { SockEvent } from "./async";
import {
    ALERT_INTERNAL_ERROR, ClientHello, cookieFor, cookieMatches, DtlsEngine, helloVerifyRequest, parseClientHello, plainFatalAlert,
} from "./dtlsproto";
import { Errno } from "./errno";
import { EventQueue } from "./event";
import { fault } from "./fault";
import { AF, SockAsync } from "./sock";
import { UdpEndpoint, UdpSock } from "./udp";

/** DTLS protocol versions (`SOCK_DTLS_1_2`). tinydtls speaks 1.2 only. */
export enum DtlsVersion {
    /** `SOCK_DTLS_1_2` */
    DTLS_1_2 = 2,
}

/** The side of the handshake a DTLS sock takes. */
export enum DtlsRole {
    /** `SOCK_DTLS_CLIENT`: starts handshakes with `sessionInit`. */
    CLIENT = 1,
    /** `SOCK_DTLS_SERVER`: answers them. */
    SERVER = 2,
}

/** `SOCK_DTLS_HANDSHAKE` (`EXDEV`): `recv` returns `-SOCK_DTLS_HANDSHAKE` when a session has just been set up. */
export const SOCK_DTLS_HANDSHAKE = Errno.EXDEV;

/** credman's pool: `CONFIG_CREDMAN_MAX_CREDENTIALS`, 2 by default (riotscript sizes it to the program). */
const CREDMAN_MAX = 8;
/**
 * tinydtls's `CONFIG_DTLS_PEER_MAX`: 2 sessions (or handshakes) at a time. RIOT documents 2;
 * tinydtls alone has 1, so riotscript's Makefile asks for 2 (targets/riot/app.ts).
 */
const PEER_MAX = 2;
/** Decrypted records waiting to be read, per sock (tinydtls hands over one at a time). */
const PENDING_MAX = 8;

interface Psk {
    readonly key: Uint8Array;
    readonly identity: Uint8Array;
}

/** The credentials this copy of the firmware added (each boot of a test gets a fresh pool). */
const credman = new Map<number, Psk>();

/**
 * Adds a PSK credential to credman under `tag` (not 0). Returns 0 (`CREDMAN_OK`), -1
 * (`CREDMAN_EXIST`: the tag is taken) or -2 (`CREDMAN_NO_SPACE`). The strings become
 * static C strings, as credman keeps pointers, not copies.
 * C: `credman_add(&(const credman_credential_t){ .type = CREDMAN_TYPE_PSK, .tag = tag,
 * .params.psk = { .key = { "key", len }, .id = { "identity", len } } })`.
 */
export function credmanAddPsk(tag: number, key: string, identity: string): number {
    if (tag === 0 || key.length === 0) {
        return -4; // CREDMAN_INVALID
    }
    if (credman.has(tag)) {
        return -1;
    }
    if (credman.size >= CREDMAN_MAX) {
        return -2;
    }
    credman.set(tag, { key: new TextEncoder().encode(key), identity: new TextEncoder().encode(identity) });
    return 0;
}

/** A DTLS session (`sock_dtls_session_t`): which peer a `recv` came from or a `send` goes to. */
export class DtlsSession {
    /** @internal The peer, as `family/address/port`. */
    _peer: string | null = null;
    /** @internal */
    readonly _ep = new UdpEndpoint();

    /** Writes the peer's UDP endpoint. C: `sock_dtls_session_get_udp_ep(&session, &ep)`. */
    getUdpEp(ep: UdpEndpoint): void {
        ep._set(this._ep.family, this._ep._addr, this._ep.port, this._ep.netif);
    }

    /** Sets the peer's UDP endpoint. C: `sock_dtls_session_set_udp_ep(&session, &ep)`. */
    setUdpEp(ep: UdpEndpoint): void {
        this._ep._set(ep.family, ep._addr, ep.port, ep.netif);
        this._peer = peerKey(ep);
    }
}

function peerKey(ep: { family: AF; _addr: Uint8Array; port: number }): string {
    return `${ep.family}/${Array.from(ep._addr).join(".")}/${ep.port}`;
}

interface Peer {
    readonly engine: DtlsEngine;
    readonly ep: UdpEndpoint;
}

/** What `recv` hands out next: a finished handshake, or a decrypted record. */
interface Pending {
    readonly peer: string;
    readonly ep: UdpEndpoint;
    readonly data: Uint8Array | null;
}

/** A handler for DTLS sock events (`sock_dtls_cb_t`). */
export type DtlsHandler<T> = (sock: DtlsSock, flags: SockAsync, arg: T) => void;

/**
 * A DTLS sock (`sock_dtls_t`) over a UDP sock the program created. Declare both at module
 * level. `close` leaves the UDP sock open.
 */
export class DtlsSock {
    /** @internal */
    _udp: UdpSock | null = null;
    /** @internal */
    _tag = 0;
    /** @internal */
    _role = DtlsRole.SERVER;
    /** @internal */
    _peers = new Map<string, Peer>();
    /** @internal */
    _pending: Pending[] = [];
    /** @internal Sessions the peer closed, for getEventSession during CONN_FIN. */
    _finished: UdpEndpoint[] = [];
    /** @internal */
    _eventSession: UdpEndpoint | null = null;
    /** @internal */
    readonly _cookieSecret = new Uint8Array(randomBytes(32));
    /** @internal */
    readonly _event = new SockEvent<DtlsSock, unknown>(this);
    /** @internal */
    readonly _rx = new Uint8Array(2048);
    /** @internal Events are on (eventInit). */
    _async = false;
    /** @internal An -ENOBUFS with events on: nothing more is received (tinydtls). */
    _stalled = false;

    /**
     * Creates the DTLS sock on `udp` with the credentials under `tag`, as `role`. Returns 0,
     * or -1 (RIOT's value: not an errno) if the version is not 1.2 or `udp` is not bound.
     * C: `sock_dtls_create(&dtls, &udp, tag, SOCK_DTLS_1_2, SOCK_DTLS_SERVER)`.
     */
    create(udp: UdpSock, tag: number, version: DtlsVersion, role: DtlsRole): number {
        if (version !== DtlsVersion.DTLS_1_2 || (role !== DtlsRole.CLIENT && role !== DtlsRole.SERVER)) {
            return -1;
        }
        this._udp = udp;
        this._tag = tag;
        this._role = role;
        this._peers = new Map();
        this._pending = [];
        this._stalled = false;
        return 0;
    }

    /**
     * Client: starts a handshake with `ep` for `session`. Returns 1 (started: `CONN_RECV`
     * follows when it finishes), 0 (a session exists), `-ENOMEM` (too many sessions),
     * `-EINVAL`. C: `sock_dtls_session_init(&dtls, &ep, &session)`.
     */
    sessionInit(ep: UdpEndpoint, session: DtlsSession): number {
        if (this._udp === null || (ep.family !== AF.INET6 && ep.family !== AF.INET) || ep.port === 0) {
            return -Errno.EINVAL;
        }
        session.setUdpEp(ep);
        const key = peerKey(ep);
        if (this._peers.has(key)) {
            return 0;
        }
        if (this._peers.size >= PEER_MAX) {
            return -Errno.ENOMEM;
        }
        const psk = credman.get(this._tag);
        const to = copyEp(ep);
        const engine = new DtlsEngine("client", { send: (d) => this._send(d, to), psk });
        this._peers.set(key, { engine, ep: to });
        engine.start();
        return 1;
    }

    /** Ends the session (close_notify) and forgets it. C: `sock_dtls_session_destroy(&dtls, &session)`. */
    sessionDestroy(session: DtlsSession): void {
        const peer = session._peer === null ? undefined : this._peers.get(session._peer);
        if (peer !== undefined) {
            peer.engine.close();
            this._peers.delete(session._peer as string);
        }
    }

    /**
     * Receives the next decrypted record into `buf` and its session into `session`: the
     * byte count, `-SOCK_DTLS_HANDSHAKE` when a session has just been set up, `-EAGAIN`,
     * `-ENOBUFS` (the record was larger than `buf`: dropped). `timeout` must be 0.
     * C: `sock_dtls_recv(&dtls, &session, buf, sizeof(buf), timeout)`.
     */
    recv(session: DtlsSession, buf: Uint8Array, timeout: number): number {
        this._pump();
        const next = this._pending.shift();
        if (next === undefined) {
            return timeout === 0 ? -Errno.EAGAIN : -Errno.ETIMEDOUT;
        }
        if (this._pending.length > 0) {
            this._event._raise(this._pending[0].data === null ? SockAsync.CONN_RECV : SockAsync.MSG_RECV);
        }
        session.setUdpEp(next.ep);
        if (next.data === null) {
            return -SOCK_DTLS_HANDSHAKE;
        }
        if (next.data.length > buf.length) {
            // tinydtls's sock, with events on, does not release the UDP sock's receive buffer
            // here, and receives nothing more until it is closed
            this._stalled = this._async;
            return -Errno.ENOBUFS;
        }
        buf.set(next.data);
        return next.data.length;
    }

    /**
     * Encrypts and sends the first `len` bytes of `data` to the session's peer: the byte
     * count, or `-ENOTCONN` (no finished session with that peer). Raises `MSG_SENT`.
     * `timeout` must be 0. C: `sock_dtls_send(&dtls, &session, data, len, timeout)`.
     */
    send(session: DtlsSession, data: Uint8Array, len: number, timeout: number): number {
        void timeout;
        if (len < 0 || len > data.length) {
            fault("send: length outside the buffer"); // the compiled program's check says the same
        }
        const peer = session._peer === null ? undefined : this._peers.get(session._peer);
        if (peer === undefined || !peer.engine.write(data.slice(0, len))) {
            return -Errno.ENOTCONN;
        }
        this._event._raise(SockAsync.MSG_SENT);
        return len;
    }

    /** True during a `CONN_FIN` handler: the session the peer closed. C: `sock_dtls_get_event_session(&dtls, &session)`. */
    getEventSession(session: DtlsSession): boolean {
        if (this._eventSession === null) {
            return false;
        }
        session.setUdpEp(this._eventSession);
        return true;
    }

    /** Ends every session and the DTLS sock; the UDP sock stays open. C: `sock_dtls_close(&dtls)`. */
    close(): void {
        for (const p of this._peers.values()) {
            p.engine.close();
        }
        this._peers = new Map();
        this._pending = [];
        this._event._close();
        this._udp = null;
        this._async = false;
    }

    /**
     * Delivers the DTLS sock's events to `queue`; the UDP sock's events go to the same queue
     * (RIOT's sock_dtls_event_init does both). C: `sock_dtls_event_init(&dtls, &queue, handler, arg)`.
     */
    eventInit<T>(queue: EventQueue, handler: DtlsHandler<T>, arg: T): void {
        this._async = true;
        this._event._init(queue, (s: DtlsSock, flags: number, a: unknown) => {
            this._eventSession = (flags & SockAsync.CONN_FIN) !== 0 ? this._finished.shift() ?? null : null;
            try {
                handler(s, flags, a as T);
            } finally {
                this._eventSession = null;
            }
        }, arg);
        this._udp?.eventInit(queue, () => this._pump(), null);
    }

    /** Closes the DTLS sock from any context. C: `sock_dtls_event_close(&dtls)`. */
    eventClose(): void {
        this.close();
    }

    /** @internal Feeds every datagram the UDP sock holds to the sessions. */
    _pump(): void {
        const udp = this._udp;
        if (udp === null) {
            return;
        }
        for (;;) {
            const from = new UdpEndpoint();
            const n = udp.recv(this._rx, 0, from);
            if (n === -Errno.EAGAIN || n === -Errno.EADDRNOTAVAIL) {
                return;
            }
            if (n < 0 || this._stalled) {
                continue; // oversize or foreign datagrams are dropped, and all of them once stalled
            }
            this._datagram(this._rx.slice(0, n), from);
        }
    }

    /** @internal */
    _datagram(d: Uint8Array, from: UdpEndpoint): void {
        const key = peerKey(from);
        const hello = this._role === DtlsRole.SERVER ? parseClientHello(d) : null;
        if (hello !== null) {
            // tinydtls answers every ClientHello statelessly; one with the right cookie starts a
            // new handshake, and replaces the peer that endpoint had (a client that starts over)
            const want = cookieFor(this._cookieSecret, key, hello);
            const ep = copyEp(from);
            if (!cookieMatches(hello.cookie, want)) {
                this._send(helloVerifyRequest(hello, want), ep);
                return;
            }
            this._peers.delete(key);
            if (this._peers.size >= PEER_MAX) {
                // tinydtls: "cannot create peer", and a fatal internal_error alert
                this._send(plainFatalAlert(ALERT_INTERNAL_ERROR, hello.recordSeq), ep);
                return;
            }
            this._serverPeer(ep, hello);
            return;
        }
        const peer = this._peers.get(key);
        if (peer === undefined) {
            return; // garbage from a stranger: no state, no answer
        }
        for (const ev of peer.engine.input(d)) {
            switch (ev.k) {
            case "connected":
                this._queue({ peer: key, ep: peer.ep, data: null }, SockAsync.CONN_RECV);
                break;
            case "data":
                this._queue({ peer: key, ep: peer.ep, data: ev.data }, SockAsync.MSG_RECV);
                break;
            case "closed":
                this._peers.delete(key);
                this._finished.push(peer.ep);
                this._event._raise(SockAsync.CONN_FIN);
                break;
            case "failed":
                this._peers.delete(key);
                break;
            }
        }
    }

    /** @internal */
    _serverPeer(ep: UdpEndpoint, hello: ClientHello): Peer {
        const key = peerKey(ep);
        const engine = new DtlsEngine("server", {
            send: (d) => this._send(d, ep),
            keyFor: (identity) => {
                const psk = credman.get(this._tag);
                return psk !== undefined && Buffer.from(psk.identity).equals(Buffer.from(identity)) ? psk.key : null;
            },
        });
        const peer = { engine, ep };
        this._peers.set(key, peer);
        engine.accept(hello);
        return peer;
    }

    /** @internal */
    _queue(p: Pending, flag: SockAsync): void {
        if (this._pending.length >= PENDING_MAX) {
            return;
        }
        this._pending.push(p);
        this._event._raise(flag);
    }

    /** @internal */
    _send(d: Uint8Array, to: UdpEndpoint): void {
        this._udp?.send(d, d.length, to);
    }
}

function copyEp(ep: UdpEndpoint): UdpEndpoint {
    const c = new UdpEndpoint();
    c._set(ep.family, ep._addr, ep.port, ep.netif);
    return c;
}

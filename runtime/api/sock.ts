/**
 * Definitions shared by every sock type: RIOT's `net/af.h` and `net/sock.h`.
 */

/**
 * RIOT's address families (`net/af.h`). These are RIOT's numbers, not Linux's:
 * `AF_INET` is 3 and `AF_INET6` is 4 on every RIOT target, and the host port translates.
 */
export enum AF {
    /** `AF_UNSPEC`: no address family (a zeroed endpoint). */
    UNSPEC = 0,
    /** `AF_INET`: IPv4. GNRC does not support it; lwIP and the host port do. */
    INET = 3,
    /** `AF_INET6`: IPv6. */
    INET6 = 4,
}

/**
 * Asynchronous event flags (`sock_async_flags_t`). A handler receives an OR of these:
 * several events raised before the handler runs coalesce into one call, so always test
 * with `&`, never with `===`.
 */
export enum SockAsync {
    /** `SOCK_ASYNC_CONN_RDY`: connection ready. No RIOT stack raises it. */
    CONN_RDY = 0x0001,
    /** `SOCK_ASYNC_CONN_FIN`: connection finished or closed. */
    CONN_FIN = 0x0002,
    /** `SOCK_ASYNC_CONN_RECV`: a listener got a connection (DTLS: a handshake finished). */
    CONN_RECV = 0x0004,
    /** `SOCK_ASYNC_MSG_RECV`: data is available. Re-raised after a recv while more is queued. */
    MSG_RECV = 0x0010,
    /** `SOCK_ASYNC_MSG_SENT`: data was handed to the stack. */
    MSG_SENT = 0x0020,
    /** `SOCK_ASYNC_PATH_PROP`: a path property changed. No RIOT stack originates it. */
    PATH_PROP = 0x0040,
}

/** Flags for `create` (`net/sock.h`). */
export enum SockFlags {
    /** No flags. */
    NONE = 0,
    /** `SOCK_FLAGS_REUSE_EP`: allow binding to an endpoint that is already in use. */
    REUSE_EP = 0x0001,
    /** `SOCK_FLAGS_CONNECT_REMOTE`: accept replies only from the configured remote. */
    CONNECT_REMOTE = 0x0002,
}

/** `SOCK_NO_TIMEOUT` (`UINT32_MAX`): block forever. */
export const SOCK_NO_TIMEOUT = 0xffffffff;

/** `SOCK_ADDR_ANY_NETIF` (0): any network interface. */
export const SOCK_ADDR_ANY_NETIF = 0;

/**
 * POSIX error numbers, as RIOT's sock API returns them (negated: `-Errno.EAGAIN`).
 *
 * The compiler always emits the symbolic C name (`-EAGAIN`), because the numbers differ
 * between the boards' libc (newlib/picolibc) and glibc: compare against these members,
 * never against literal numbers. The values below are Linux's, which is what the Node
 * runtime and the host port return.
 */
export enum Errno {
    /** Operation not permitted. */
    EPERM = 1,
    /** Cross-device link; RIOT reuses it as `SOCK_DTLS_HANDSHAKE`. */
    EXDEV = 18,
    /** Resource temporarily unavailable: a timeout of 0 and nothing is ready. */
    EAGAIN = 11,
    /** Out of memory (the stack could not allocate a packet buffer). */
    ENOMEM = 12,
    /** Invalid argument: bad address, port 0, sock not initialised. */
    EINVAL = 22,
    /** Protocol error: a datagram came from a sender other than the sock's remote. */
    EPROTO = 71,
    /** Protocol wrong type for socket. */
    EPROTOTYPE = 91,
    /** Protocol not supported. */
    EPROTONOSUPPORT = 93,
    /** Address family not supported by the stack. */
    EAFNOSUPPORT = 97,
    /** Local endpoint already in use, or no ephemeral port left. */
    EADDRINUSE = 98,
    /** The sock has no local endpoint. */
    EADDRNOTAVAIL = 99,
    /** Network unreachable. */
    ENETUNREACH = 101,
    /** Connection aborted. */
    ECONNABORTED = 103,
    /** Connection reset by the peer. */
    ECONNRESET = 104,
    /** A datagram did not fit the receive buffer; it was dropped. */
    ENOBUFS = 105,
    /** No remote endpoint given and the sock has none. */
    ENOTCONN = 107,
    /** The operation timed out. */
    ETIMEDOUT = 110,
    /** Connection refused. */
    ECONNREFUSED = 111,
    /** Host unreachable. */
    EHOSTUNREACH = 113,
}

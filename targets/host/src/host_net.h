/*
 * The host stack's boundary to Linux. This header uses no RIOT types and no Linux types,
 * so that RIOT's AF_* numbers and Linux's never meet in one translation unit:
 * host_net.c includes only Linux headers, the sock implementations only RIOT's.
 */
#ifndef HOST_NET_H
#define HOST_NET_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An address as the boundary passes it: v6 selects the family, addr holds 16 or 4 bytes. */
typedef struct {
    int v6;
    uint8_t addr[16];
    uint16_t port;
    uint16_t scope;
} host_addr_t;

/* One buffer of a gather list (mirrors iolist_t without including it). */
typedef struct {
    const void *base;
    size_t len;
} host_iov_t;

/* Opens a datagram socket of the given type (SOCK_DGRAM or SOCK_RAW via raw_proto >= 0)
 * and binds it; port 0 picks a random port in RIOT's 49152..65535 range.
 * Returns the fd, or a negative errno. */
int host_udp_open(const host_addr_t *local, int reuse, uint16_t *bound_port);
void host_close(int fd);

/* Size of the next queued datagram, without consuming it; -EAGAIN if none. */
ssize_t host_dgram_peek(int fd);
/* Receives the next datagram into buf (len may be 0 to discard it); fills from. */
ssize_t host_dgram_recv(int fd, void *buf, size_t len, host_addr_t *from);
/* Sends one datagram gathered from iov[0..n). */
ssize_t host_dgram_send(int fd, const host_iov_t *iov, size_t n, const host_addr_t *to);

/* TCP. Connected and listening fds are non-blocking; results are fds or negative errnos. */
int host_tcp_listen(const host_addr_t *local, int reuse, int backlog);
/* Accepts one waiting connection: its fd, or -EAGAIN if none waits. */
int host_tcp_accept(int lfd);
/* Connects, blocking until the connection is up or refused. */
int host_tcp_connect(const host_addr_t *remote, uint16_t local_port, int reuse);
/* Bytes readable now (> 0), 0 at the end of the stream, -EAGAIN if none, or the error. */
ssize_t host_tcp_peek(int fd);
/* True once the peer has closed its side or the connection failed. */
int host_tcp_peer_closed(int fd);
ssize_t host_tcp_recv(int fd, void *buf, size_t len);
/* Sends all of buf, blocking while the send buffer is full. */
ssize_t host_tcp_send(int fd, const void *buf, size_t len);
/* getsockname (peer = 0) or getpeername (peer = 1). */
int host_sock_name(int fd, int peer, host_addr_t *a);
/* True if fd has something to read (or accept) right now. */
int host_readable_now(int fd);

/* Raw IP: a raw socket for protocol proto bound to local (EPERM without CAP_NET_RAW). */
int host_raw_open(const host_addr_t *local, uint8_t proto);
/* Size of the next datagram's payload (without the IPv4 header), or -EAGAIN. */
ssize_t host_raw_peek(int fd, int v6);
/* Receives the next datagram's payload into buf (len 0 drops it); fills from. */
ssize_t host_raw_recv(int fd, int v6, void *buf, size_t len, host_addr_t *from);

/* inet_pton for either family, without exposing Linux's AF numbers. */
int host_inet_pton(int v6, const char *src, void *dst);

/* Waits until fd is readable: 1 if it is, 0 on timeout (timeout_us; UINT32_MAX = forever). */
int host_wait_readable(int fd, uint32_t timeout_us);

/* The stack's poller: edge-triggered readiness of registered fds. */
int host_poll_add(int fd, void *ctx);
void host_poll_del(int fd);
/* Waits up to timeout_ms (-1 = forever) and calls ready(ctx) for each fd with new data;
 * returns how many there were. */
int host_poll_wait(int timeout_ms, void (*ready)(void *ctx));

#ifdef __cplusplus
}
#endif

#endif /* HOST_NET_H */

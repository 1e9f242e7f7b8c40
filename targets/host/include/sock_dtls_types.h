/*
 * The host port's DTLS sock objects (RIOT's implementation header of that name). The
 * OpenSSL state sits behind opaque pointers, so programs see no OpenSSL header.
 */
#ifndef SOCK_DTLS_TYPES_H
#define SOCK_DTLS_TYPES_H

#include "net/sock/udp.h"
#include "net/sock/async/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* tinydtls's CONFIG_DTLS_PEER_MAX: sessions at a time (riotscript's Makefile sets 2 on RIOT) */
#ifndef CONFIG_DTLS_PEER_MAX
#define CONFIG_DTLS_PEER_MAX    (2)
#endif

struct sock_dtls_session {
    sock_udp_ep_t ep;
};

typedef struct {
    void *conn;                     /* host_dtls_conn_t */
    sock_udp_ep_t ep;
} host_dtls_peer_t;

struct sock_dtls {
    sock_udp_t *udp;
    credman_tag_t tag;
    unsigned role;
    void *ctx;                      /* host_dtls_ctx_t */
    host_dtls_peer_t peers[CONFIG_DTLS_PEER_MAX];
    void *pending;                  /* finished handshakes and records, oldest first */
    void *pending_tail;
    void *closed;                   /* sessions the peer closed, for sock_dtls_get_event_session */
    int stalled;                    /* an -ENOBUFS with events on: receives nothing more (tinydtls) */
#ifdef SOCK_HAS_ASYNC
    void (*async_cb)(void *sock, sock_async_flags_t flags, void *arg);
    void *async_cb_arg;
#ifdef SOCK_HAS_ASYNC_CTX
    sock_async_ctx_t async_ctx;
#endif
#endif
};

#ifdef __cplusplus
}
#endif

#endif /* SOCK_DTLS_TYPES_H */

/*
 * Host port of RIOT's net/sock/async/types.h: the async flags and callback types.
 */
#ifndef NET_SOCK_ASYNC_TYPES_H
#define NET_SOCK_ASYNC_TYPES_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef SOCK_HAS_ASYNC
typedef enum {
    SOCK_ASYNC_CONN_RDY  = 0x0001,
    SOCK_ASYNC_CONN_FIN  = 0x0002,
    SOCK_ASYNC_CONN_RECV = 0x0004,
    SOCK_ASYNC_MSG_RECV  = 0x0010,
    SOCK_ASYNC_MSG_SENT  = 0x0020,
    SOCK_ASYNC_PATH_PROP = 0x0040,
} sock_async_flags_t;

#ifdef MODULE_SOCK_UDP
typedef struct sock_udp sock_udp_t;
typedef void (*sock_udp_cb_t)(sock_udp_t *sock, sock_async_flags_t flags, void *arg);
#endif

#ifdef MODULE_SOCK_DTLS
typedef struct sock_dtls sock_dtls_t;
typedef void (*sock_dtls_cb_t)(sock_dtls_t *sock, sock_async_flags_t flags, void *arg);
#endif

#ifdef MODULE_SOCK_IP
typedef struct sock_ip sock_ip_t;
typedef void (*sock_ip_cb_t)(sock_ip_t *sock, sock_async_flags_t flags, void *arg);
#endif

#ifdef MODULE_SOCK_TCP
typedef struct sock_tcp sock_tcp_t;
typedef struct sock_tcp_queue sock_tcp_queue_t;
typedef void (*sock_tcp_cb_t)(sock_tcp_t *sock, sock_async_flags_t flags, void *arg);
typedef void (*sock_tcp_queue_cb_t)(sock_tcp_queue_t *queue, sock_async_flags_t flags, void *arg);
#endif

#ifdef SOCK_HAS_ASYNC_CTX
#include "sock_async_ctx.h"
#endif
#endif /* SOCK_HAS_ASYNC */

#ifdef __cplusplus
}
#endif

#endif /* NET_SOCK_ASYNC_TYPES_H */

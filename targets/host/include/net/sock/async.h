/*
 * Host port of RIOT's net/sock/async.h: the low-level callback API.
 */
#ifndef NET_SOCK_ASYNC_H
#define NET_SOCK_ASYNC_H

#include <stdbool.h>

#include "net/sock/async/types.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifdef MODULE_SOCK_UDP
void sock_udp_set_cb(sock_udp_t *sock, sock_udp_cb_t cb, void *cb_arg);
#ifdef SOCK_HAS_ASYNC_CTX
sock_async_ctx_t *sock_udp_get_async_ctx(sock_udp_t *sock);
#endif
#endif

#ifdef MODULE_SOCK_DTLS
typedef struct sock_dtls_session sock_dtls_session_t;
void sock_dtls_set_cb(sock_dtls_t *sock, sock_dtls_cb_t cb, void *cb_arg);
bool sock_dtls_get_event_session(sock_dtls_t *sock, sock_dtls_session_t *session);
#ifdef SOCK_HAS_ASYNC_CTX
sock_async_ctx_t *sock_dtls_get_async_ctx(sock_dtls_t *sock);
#endif
#endif

#ifdef MODULE_SOCK_IP
void sock_ip_set_cb(sock_ip_t *sock, sock_ip_cb_t cb, void *cb_arg);
#ifdef SOCK_HAS_ASYNC_CTX
sock_async_ctx_t *sock_ip_get_async_ctx(sock_ip_t *sock);
#endif
#endif

#ifdef MODULE_SOCK_TCP
void sock_tcp_set_cb(sock_tcp_t *sock, sock_tcp_cb_t cb, void *cb_arg);
void sock_tcp_queue_set_cb(sock_tcp_queue_t *queue, sock_tcp_queue_cb_t cb, void *cb_arg);
#ifdef SOCK_HAS_ASYNC_CTX
sock_async_ctx_t *sock_tcp_get_async_ctx(sock_tcp_t *sock);
sock_async_ctx_t *sock_tcp_queue_get_async_ctx(sock_tcp_queue_t *queue);
#endif
#endif

#ifdef __cplusplus
}
#endif

#endif /* NET_SOCK_ASYNC_H */

/*
 * Host port of RIOT's sock_async_ctx.h (module sock_async_event): one event object per
 * sock, so flags raised before the handler runs coalesce into one call.
 */
#ifndef SOCK_ASYNC_CTX_H
#define SOCK_ASYNC_CTX_H

#include "event.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef union {
    void (*generic)(void *, sock_async_flags_t, void *);
#ifdef MODULE_SOCK_UDP
    sock_udp_cb_t udp;
#endif
#ifdef MODULE_SOCK_IP
    sock_ip_cb_t ip;
#endif
#ifdef MODULE_SOCK_DTLS
    sock_dtls_cb_t dtls;
#endif
#ifdef MODULE_SOCK_TCP
    sock_tcp_cb_t tcp;
    sock_tcp_queue_cb_t tcp_queue;
#endif
} sock_event_cb_t;

typedef struct {
    event_t super;
    sock_event_cb_t cb;
    void *sock;
    void *cb_arg;
    sock_async_flags_t type;
} sock_event_t;

typedef struct {
    sock_event_t event;
    event_queue_t *queue;
} sock_async_ctx_t;

#ifdef __cplusplus
}
#endif

#endif /* SOCK_ASYNC_CTX_H */

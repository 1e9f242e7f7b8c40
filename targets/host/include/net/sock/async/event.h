/*
 * Host port of RIOT's net/sock/async/event.h (module sock_async_event): sock events
 * delivered to an event queue, handled in the thread that loops on it.
 */
#ifndef NET_SOCK_ASYNC_EVENT_H
#define NET_SOCK_ASYNC_EVENT_H

#include "event.h"
#ifdef MODULE_SOCK_UDP
#include "net/sock/udp.h"
#endif
#ifdef MODULE_SOCK_TCP
#include "net/sock/tcp.h"
#endif
#ifdef MODULE_SOCK_IP
#include "net/sock/ip.h"
#endif
#ifdef MODULE_SOCK_DTLS
#include "net/sock/dtls.h"
#endif
#include "net/sock/async.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifdef MODULE_SOCK_UDP
void sock_udp_event_init(sock_udp_t *sock, event_queue_t *ev_queue,
                         sock_udp_cb_t handler, void *handler_arg);
void sock_udp_event_close(sock_udp_t *sock);
#endif

#ifdef MODULE_SOCK_DTLS
void sock_dtls_event_init(sock_dtls_t *sock, event_queue_t *ev_queue,
                          sock_dtls_cb_t handler, void *handler_arg);
void sock_dtls_event_close(sock_dtls_t *sock);
#endif

#ifdef MODULE_SOCK_IP
void sock_ip_event_init(sock_ip_t *sock, event_queue_t *ev_queue,
                        sock_ip_cb_t handler, void *handler_arg);
void sock_ip_event_close(sock_ip_t *sock);
#endif

#ifdef MODULE_SOCK_TCP
void sock_tcp_event_init(sock_tcp_t *sock, event_queue_t *ev_queue,
                         sock_tcp_cb_t handler, void *handler_arg);
void sock_tcp_event_close(sock_tcp_t *sock);
void sock_tcp_queue_event_init(sock_tcp_queue_t *queue, event_queue_t *ev_queue,
                               sock_tcp_queue_cb_t handler, void *handler_arg);
#endif

void sock_event_close(sock_async_ctx_t *async_ctx);

#ifdef __cplusplus
}
#endif

#endif /* NET_SOCK_ASYNC_EVENT_H */

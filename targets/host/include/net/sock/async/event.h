/*
 * Host port of RIOT's net/sock/async/event.h (module sock_async_event): sock events
 * delivered to an event queue, handled in the thread that loops on it.
 */
#ifndef NET_SOCK_ASYNC_EVENT_H
#define NET_SOCK_ASYNC_EVENT_H

#include "event.h"
#include "net/sock/udp.h"
#include "net/sock/async.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifdef MODULE_SOCK_UDP
void sock_udp_event_init(sock_udp_t *sock, event_queue_t *ev_queue,
                         sock_udp_cb_t handler, void *handler_arg);
void sock_udp_event_close(sock_udp_t *sock);
#endif

void sock_event_close(sock_async_ctx_t *async_ctx);

#ifdef __cplusplus
}
#endif

#endif /* NET_SOCK_ASYNC_EVENT_H */

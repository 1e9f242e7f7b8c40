/*
 * Host port of RIOT's sock_async_event (sys/net/sock/async/event/): one event object per
 * sock; raised flags are OR-ed into it and it is posted, which does nothing if it is
 * already queued. The handler reads and clears the flags, then calls the user's callback.
 */
#include "net/sock/async/event.h"
#include "panic.h"

static void _event_handler(event_t *ev)
{
    sock_event_t *event = (sock_event_t *)ev;
    sock_async_flags_t type = event->type;

    event->type = 0;
    if (type) {
        event->cb.generic(event->sock, type, event->cb_arg);
    }
}

static inline void _cb(void *sock, sock_async_flags_t type, void *arg, sock_async_ctx_t *ctx)
{
    ctx->event.sock = sock;
    ctx->event.cb_arg = arg;
    ctx->event.type |= type;
    event_post(ctx->queue, &ctx->event.super);
}

static void _set_ctx(sock_async_ctx_t *ctx, event_queue_t *ev_queue)
{
    if (ctx->event.super.list_node.next != NULL) {
        /* RIOT clears the link of an event that may be queued, and the queue's list breaks */
        core_panic(PANIC_GENERAL_ERROR, "eventInit while the sock's event is queued: RIOT's event queue would be corrupted (a hard fault on the board); close the sock first");
    }
    ctx->event.type = 0;
    ctx->event.super.list_node.next = NULL;
    ctx->event.super.handler = _event_handler;
    ctx->queue = ev_queue;
}

void sock_event_close(sock_async_ctx_t *async_ctx)
{
    if (async_ctx->queue) {
        event_cancel(async_ctx->queue, &async_ctx->event.super);
    }
}

#ifdef MODULE_SOCK_UDP
static void _udp_cb(sock_udp_t *sock, sock_async_flags_t type, void *arg)
{
    _cb(sock, type, arg, sock_udp_get_async_ctx(sock));
}

void sock_udp_event_init(sock_udp_t *sock, event_queue_t *ev_queue,
                         sock_udp_cb_t handler, void *handler_arg)
{
    sock_async_ctx_t *ctx = sock_udp_get_async_ctx(sock);

    _set_ctx(ctx, ev_queue);
    ctx->event.cb.udp = handler;
    sock_udp_set_cb(sock, _udp_cb, handler_arg);
}

void sock_udp_event_close(sock_udp_t *sock)
{
    /* the host port runs every queue in the one thread that can call this */
    sock_udp_close(sock);
}
#endif

#ifdef MODULE_SOCK_TCP
static void _tcp_cb(sock_tcp_t *sock, sock_async_flags_t type, void *arg)
{
    _cb(sock, type, arg, sock_tcp_get_async_ctx(sock));
}

void sock_tcp_event_init(sock_tcp_t *sock, event_queue_t *ev_queue,
                         sock_tcp_cb_t handler, void *handler_arg)
{
    sock_async_ctx_t *ctx = sock_tcp_get_async_ctx(sock);

    _set_ctx(ctx, ev_queue);
    ctx->event.cb.tcp = handler;
    sock_tcp_set_cb(sock, _tcp_cb, handler_arg);
}

void sock_tcp_event_close(sock_tcp_t *sock)
{
    sock_tcp_disconnect(sock);
}

static void _tcp_queue_cb(sock_tcp_queue_t *queue, sock_async_flags_t type, void *arg)
{
    _cb(queue, type, arg, sock_tcp_queue_get_async_ctx(queue));
}

void sock_tcp_queue_event_init(sock_tcp_queue_t *queue, event_queue_t *ev_queue,
                               sock_tcp_queue_cb_t handler, void *handler_arg)
{
    sock_async_ctx_t *ctx = sock_tcp_queue_get_async_ctx(queue);

    _set_ctx(ctx, ev_queue);
    ctx->event.cb.tcp_queue = handler;
    sock_tcp_queue_set_cb(queue, _tcp_queue_cb, handler_arg);
}
#endif

#ifdef MODULE_SOCK_IP
static void _ip_cb(sock_ip_t *sock, sock_async_flags_t type, void *arg)
{
    _cb(sock, type, arg, sock_ip_get_async_ctx(sock));
}

void sock_ip_event_init(sock_ip_t *sock, event_queue_t *ev_queue,
                        sock_ip_cb_t handler, void *handler_arg)
{
    sock_async_ctx_t *ctx = sock_ip_get_async_ctx(sock);

    _set_ctx(ctx, ev_queue);
    ctx->event.cb.ip = handler;
    sock_ip_set_cb(sock, _ip_cb, handler_arg);
}

void sock_ip_event_close(sock_ip_t *sock)
{
    sock_ip_close(sock);
}
#endif

#ifdef MODULE_SOCK_DTLS
void sock_dtls_event_udp_init(sock_dtls_t *sock, event_queue_t *ev_queue);

static void _dtls_cb(sock_dtls_t *sock, sock_async_flags_t type, void *arg)
{
    _cb(sock, type, arg, sock_dtls_get_async_ctx(sock));
}

void sock_dtls_event_init(sock_dtls_t *sock, event_queue_t *ev_queue,
                          sock_dtls_cb_t handler, void *handler_arg)
{
    sock_async_ctx_t *ctx = sock_dtls_get_async_ctx(sock);

    _set_ctx(ctx, ev_queue);
    ctx->event.cb.dtls = handler;
    sock_dtls_set_cb(sock, _dtls_cb, handler_arg);
    /* as tinydtls's: the UDP sock's events go to the same queue */
    sock_dtls_event_udp_init(sock, ev_queue);
}

void sock_dtls_event_close(sock_dtls_t *sock)
{
    sock_dtls_close(sock);
}
#endif

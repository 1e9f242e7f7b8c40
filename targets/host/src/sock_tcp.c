/*
 * Host port of RIOT's TCP sock (net/sock/tcp.h) on Linux stream sockets, with lwIP's
 * observable behaviour (lwIP is the RIOT stack with TCP events):
 * - connect blocks until the connection is up or refused;
 * - a listen queue accepts into the caller's array; when every sock is in use, accept
 *   closes the waiting connections and returns -ENOMEM;
 * - CONN_RECV is raised while connections wait, MSG_RECV when data arrives, CONN_FIN (with
 *   MSG_RECV) when the peer closes or resets, MSG_SENT after each write;
 * - data that arrived before the callback was set raises nothing (FACTS §12.8);
 * - an orderly close reads as -ECONNRESET, not 0 (lwIP's ERR_CLSD: FACTS trap 9);
 * - a FIN that comes with data not yet read (`echo hi | nc -N`) is never reported by a read:
 *   reads return the data, then -EAGAIN; CONN_FIN is raised with the data's MSG_RECV, and once
 *   more, alone, when that data has been read (measured on RIOT native64, FACTS trap 10:
 *   test/testing/fixtures/lwip-close.ts prints the same lines there).
 * Unlike lwIP, a read that leaves data behind raises MSG_RECV again, so what the header
 * promises holds: "data beyond max_len stays queued for the next call".
 */
#include <errno.h>
#include <string.h>

#include "net/sock/async.h"
#ifdef SOCK_HAS_ASYNC_CTX
#include "net/sock/async/event.h"
#endif
#include "net/sock/tcp.h"
#include "host_net.h"
#include "host_stack.h"

/* the kernel's backlog; the queue's own limit is its array, as with lwIP */
#define _BACKLOG    (16)


static void _raise(host_sock_reg_t *reg, sock_async_flags_t flags)
{
    if (reg->async_cb) {
        reg->async_cb(reg, flags, reg->async_cb_arg);
    }
}

/* After a read, or when the stack saw traffic: what the connection has now. */
static void _announce(sock_tcp_t *sock, bool after_read)
{
    ssize_t avail = host_tcp_peek(sock->reg.fd);
    sock_async_flags_t flags = 0;

    if (avail < 0 && avail != -EAGAIN) {
        sock->err = (int)avail;   /* the kernel reports an error once: keep it for read */
    }
    if (avail > 0) {
        if (after_read || (size_t)avail > sock->stale) {
            sock->stale = 0;
            flags |= SOCK_ASYNC_MSG_RECV;
        }
    }
    if (!sock->fin && ((avail == 0) || (avail < 0 && avail != -EAGAIN)
                       || host_tcp_peer_closed(sock->reg.fd))) {
        sock->fin = true;
        sock->fin_lost = (avail > 0);
        flags |= SOCK_ASYNC_CONN_FIN | SOCK_ASYNC_MSG_RECV;
    }
    if (after_read && sock->fin_lost && !sock->fin_lost_told && avail <= 0) {
        sock->fin_lost_told = true;
        flags |= SOCK_ASYNC_CONN_FIN;
    }
    if (flags) {
        _raise(&sock->reg, flags);
    }
}

static void _conn_readable(host_sock_reg_t *reg)
{
    _announce((sock_tcp_t *)reg, false);
}

static void _queue_readable(host_sock_reg_t *reg)
{
    _raise(reg, SOCK_ASYNC_CONN_RECV);
}

static int _open(sock_tcp_t *sock, int fd, sock_tcp_queue_t *queue)
{
    memset(sock, 0, sizeof(*sock));
    sock->reg.fd = fd;
    sock->reg.readable = _conn_readable;
    sock->queue = queue;
    sock->open = true;
    if (host_stack_register(&sock->reg) < 0) {
        host_close(fd);
        sock->reg.fd = -1;
        return -ENOMEM;
    }
    return 0;
}

int sock_tcp_connect(sock_tcp_t *sock, const sock_tcp_ep_t *remote,
                     uint16_t local_port, uint16_t flags)
{
    assert(sock != NULL);
    assert((remote != NULL) && (remote->port != 0));
    host_addr_t a;
    int res = host_tl_ep_to_addr(remote, &a);
    if (res < 0) {
        return res;
    }
    res = host_tcp_connect(&a, local_port, flags & SOCK_FLAGS_REUSE_EP);
    if (res < 0) {
        return res;
    }
    return _open(sock, res, NULL);
}

int sock_tcp_listen(sock_tcp_queue_t *queue, const sock_tcp_ep_t *local,
                    sock_tcp_t *queue_array, unsigned queue_len,
                    uint16_t flags)
{
    assert(queue != NULL);
    assert((local != NULL) && (local->port != 0));
    assert((queue_array != NULL) && (queue_len != 0));
    host_addr_t a;
    int res = host_tl_ep_to_addr(local, &a);
    if (res < 0) {
        return res;
    }
    res = host_tcp_listen(&a, flags & SOCK_FLAGS_REUSE_EP, _BACKLOG);
    if (res < 0) {
        return res;
    }
    memset(queue, 0, sizeof(*queue));
    queue->reg.fd = res;
    queue->open = true;
    queue->reg.readable = _queue_readable;
    queue->array = queue_array;
    queue->len = queue_len;
    memset(queue_array, 0, sizeof(sock_tcp_t) * queue_len);
    for (unsigned i = 0; i < queue_len; i++) {
        queue_array[i].reg.fd = -1;
    }
    if (host_stack_register(&queue->reg) < 0) {
        host_close(queue->reg.fd);
        queue->reg.fd = -1;
        return -ENOMEM;
    }
    return 0;
}

void sock_tcp_disconnect(sock_tcp_t *sock)
{
    assert(sock != NULL);
#ifdef SOCK_HAS_ASYNC_CTX
    sock_event_close(&sock->reg.async_ctx);
#endif
    sock->reg.async_cb = NULL;
    if (sock->open) {
        host_stack_unregister(&sock->reg);
        host_close(sock->reg.fd);
        sock->reg.fd = -1;
        sock->open = false;
        if (sock->queue != NULL) {
            assert(sock->queue->used > 0);
            sock->queue->used--;
            sock->queue = NULL;
        }
    }
}

void sock_tcp_stop_listen(sock_tcp_queue_t *queue)
{
    assert(queue != NULL);
    if (!queue->open) {
        return;
    }
    host_stack_unregister(&queue->reg);
    host_close(queue->reg.fd);
    queue->reg.fd = -1;
    queue->open = false;
    for (unsigned i = 0; i < queue->len; i++) {
        sock_tcp_disconnect(&queue->array[i]);
    }
    queue->array = NULL;
    queue->len = 0;
    queue->used = 0;
}

static int _name(bool open, int fd, int peer, sock_tcp_ep_t *ep)
{
    host_addr_t a;
    if (!open || (host_sock_name(fd, peer, &a) < 0)) {
        return -1;
    }
    host_tl_ep_from_addr(&a, ep);
    return 0;
}

int sock_tcp_get_local(sock_tcp_t *sock, sock_tcp_ep_t *ep)
{
    assert(sock && ep);
    return (_name(sock->open, sock->reg.fd, 0, ep) < 0) ? -EADDRNOTAVAIL : 0;
}

int sock_tcp_get_remote(sock_tcp_t *sock, sock_tcp_ep_t *ep)
{
    assert(sock && ep);
    return (_name(sock->open, sock->reg.fd, 1, ep) < 0) ? -ENOTCONN : 0;
}

int sock_tcp_queue_get_local(sock_tcp_queue_t *queue, sock_tcp_ep_t *ep)
{
    assert(queue && ep);
    return (_name(queue->open, queue->reg.fd, 0, ep) < 0) ? -EADDRNOTAVAIL : 0;
}

int sock_tcp_accept(sock_tcp_queue_t *queue, sock_tcp_t **sock,
                    uint32_t timeout)
{
    assert((queue != NULL) && (sock != NULL));
    if (!queue->open) {
        return -EINVAL;
    }
    int res;
    if (queue->used < queue->len) {
        int fd = host_tcp_accept(queue->reg.fd);
        if ((fd == -EAGAIN) && (timeout != 0)) {
            fd = host_wait_readable(queue->reg.fd, timeout) ? host_tcp_accept(queue->reg.fd) : -ETIMEDOUT;
        }
        if (fd < 0) {
            res = (fd == -EAGAIN || fd == -ETIMEDOUT) ? fd : -ECONNABORTED;
        }
        else {
            res = -ENOMEM;
            for (unsigned i = 0; i < queue->len; i++) {
                sock_tcp_t *s = &queue->array[i];
                if (!s->open) {
                    res = _open(s, fd, queue);
                    if (res == 0) {
                        queue->used++;
                        *sock = s;
                    }
                    break;
                }
            }
        }
    }
    else {
        /* every sock is in use: close the connections waiting, as lwIP does */
        int fd;
        while ((fd = host_tcp_accept(queue->reg.fd)) >= 0) {
            host_close(fd);
        }
        res = -ENOMEM;
    }
    if (host_readable_now(queue->reg.fd)) {
        _raise(&queue->reg, SOCK_ASYNC_CONN_RECV);
    }
    return res;
}

ssize_t sock_tcp_read(sock_tcp_t *sock, void *data, size_t max_len,
                      uint32_t timeout)
{
    assert((sock != NULL) && (data != NULL) && (max_len > 0));
    if (!sock->open) {
        return -ENOTCONN;
    }
    ssize_t n = host_tcp_recv(sock->reg.fd, data, max_len);
    if ((n == -EAGAIN) && (timeout != 0)) {
        n = host_wait_readable(sock->reg.fd, timeout) ? host_tcp_recv(sock->reg.fd, data, max_len) : -ETIMEDOUT;
    }
    if (n > 0) {
        sock->stale = ((size_t)n < sock->stale) ? sock->stale - (uint32_t)n : 0;
        _announce(sock, true);
        return n;
    }
    if ((n == 0 || n == -EAGAIN) && sock->err != 0) {
        n = sock->err;
    }
    else if (n == 0) {
        n = sock->fin_lost ? -EAGAIN : -ECONNRESET;
    }
    else if (n < 0 && n != -EAGAIN && n != -ETIMEDOUT) {
        sock->err = (int)n;
    }
    switch (n) {
    case 0:
    case -EAGAIN:
    case -ETIMEDOUT:
    case -ECONNRESET:
        return n;
    case -EPIPE:
        return -ECONNRESET;
    default:
        return -ECONNABORTED;
    }
}

ssize_t sock_tcp_write(sock_tcp_t *sock, const void *data, size_t len)
{
    assert(sock != NULL);
    assert((len == 0) || (data != NULL));
    if (!sock->open) {
        return -ENOTCONN;
    }
    if (sock->err != 0) {
        return (sock->err == -ECONNRESET || sock->err == -EPIPE) ? -ECONNRESET : -ECONNABORTED;
    }
    ssize_t n = host_tcp_send(sock->reg.fd, data, len);
    if (n < 0) {
        return (n == -EPIPE || n == -ECONNRESET) ? -ECONNRESET : (n == -ENOTCONN) ? -ENOTCONN : -ECONNABORTED;
    }
    _raise(&sock->reg, SOCK_ASYNC_MSG_SENT);
    return n;
}

void sock_tcp_set_cb(sock_tcp_t *sock, sock_tcp_cb_t cb, void *cb_arg)
{
    sock->reg.async_cb = (void (*)(void *, sock_async_flags_t, void *))cb;
    sock->reg.async_cb_arg = cb_arg;
    /* lwIP announces only what arrives from now on; a FIN that came with the data is lost */
    ssize_t avail = sock->open ? host_tcp_peek(sock->reg.fd) : 0;
    sock->stale = (avail > 0) ? (uint32_t)avail : 0;
    if (cb && sock->open && !sock->fin && avail > 0 && host_tcp_peer_closed(sock->reg.fd)) {
        sock->fin = true;
        sock->fin_lost = true;
    }
}

void sock_tcp_queue_set_cb(sock_tcp_queue_t *queue, sock_tcp_queue_cb_t cb, void *cb_arg)
{
    queue->reg.async_cb = (void (*)(void *, sock_async_flags_t, void *))cb;
    queue->reg.async_cb_arg = cb_arg;
}

#ifdef SOCK_HAS_ASYNC_CTX
sock_async_ctx_t *sock_tcp_get_async_ctx(sock_tcp_t *sock)
{
    return &sock->reg.async_ctx;
}

sock_async_ctx_t *sock_tcp_queue_get_async_ctx(sock_tcp_queue_t *queue)
{
    return &queue->reg.async_ctx;
}
#endif

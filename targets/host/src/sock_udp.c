/*
 * Host port of RIOT's UDP sock (net/sock/udp.h) on Linux datagram sockets, with GNRC's
 * observable behaviour: an oversize datagram is consumed and dropped with -ENOBUFS and
 * the buffer is left untouched, MSG_RECV is re-raised after each recv while datagrams
 * remain, MSG_SENT is raised after each send that reached the stack, ephemeral ports
 * come from 49152..65535, and a unicast remote restricts the sock to that peer.
 */
#include <errno.h>
#include <string.h>

#include "net/sock/async.h"
#ifdef SOCK_HAS_ASYNC_CTX
#include "net/sock/async/event.h"
#endif
#include "net/sock/udp.h"
#include "host_net.h"
#include "host_stack.h"

#if !defined(SOCK_HAS_IPV6) || !defined(SOCK_HAS_IPV4)
#error "the host port is built with -DSOCK_HAS_IPV6 -DSOCK_HAS_IPV4"
#endif


static bool _addr_is_zero(const sock_udp_ep_t *ep)
{
    static const uint8_t zero[16];
    return memcmp(ep->addr.ipv6, zero, (ep->family == AF_INET6) ? 16 : 4) == 0;
}

static bool _family_ok(const sock_udp_ep_t *ep)
{
    return (ep->family == AF_INET6) || (ep->family == AF_INET);
}

static void _raise(sock_udp_t *sock, sock_async_flags_t flags)
{
    if (sock->reg.async_cb) {
        sock->reg.async_cb(sock, flags, sock->reg.async_cb_arg);
    }
}

static void _readable(host_sock_reg_t *reg)
{
    _raise((sock_udp_t *)reg, SOCK_ASYNC_MSG_RECV);
}

static int _bind(sock_udp_t *sock, const sock_udp_ep_t *local, bool reuse)
{
    host_addr_t a;
    uint16_t port;
    int res = host_tl_ep_to_addr(local, &a);

    if (res < 0) {
        return res;
    }
    res = host_udp_open(&a, reuse, &port);
    if (res < 0) {
        return res;
    }
    sock->reg.fd = res;
    sock->reg.readable = _readable;
    sock->local = *local;
    sock->local.port = port;
    res = host_stack_register(&sock->reg);
    if (res < 0) {
        host_close(sock->reg.fd);
        sock->reg.fd = -1;
        sock->local.family = AF_UNSPEC;
        return -ENOMEM;
    }
    return 0;
}

int sock_udp_create(sock_udp_t *sock, const sock_udp_ep_t *local,
                    const sock_udp_ep_t *remote, uint16_t flags)
{
    assert(sock);
    assert(remote == NULL || remote->port != 0);
    if ((local && !_family_ok(local)) || (remote && !_family_ok(remote))) {
        return -EAFNOSUPPORT;
    }
    if (local && remote && (local->family != remote->family)) {
        return -EINVAL;
    }
    if (remote && _addr_is_zero(remote)) {
        return -EINVAL;
    }
    memset(sock, 0, sizeof(*sock));
    sock->reg.fd = -1;
    if (remote) {
        sock->remote = *remote;
        if (!sock_udp_ep_is_multicast(remote)) {
            flags |= SOCK_FLAGS_CONNECT_REMOTE;
        }
    }
    sock->flags = flags;
    if (local) {
        int res = _bind(sock, local, flags & SOCK_FLAGS_REUSE_EP);
        if (res < 0) {
            return res;
        }
    }
    return 0;
}

void sock_udp_close(sock_udp_t *sock)
{
    assert(sock);
#ifdef SOCK_HAS_ASYNC_CTX
    sock_event_close(&sock->reg.async_ctx);
#endif
    sock->reg.async_cb = NULL;
    if (sock->reg.fd >= 0) {
        host_stack_unregister(&sock->reg);
        host_close(sock->reg.fd);
    }
    sock->reg.fd = -1;
    sock->local.family = AF_UNSPEC;
    sock->remote.family = AF_UNSPEC;
}

int sock_udp_get_local(sock_udp_t *sock, sock_udp_ep_t *ep)
{
    assert(sock && ep);
    if (sock->local.family == AF_UNSPEC) {
        return -EADDRNOTAVAIL;
    }
    *ep = sock->local;
    return 0;
}

int sock_udp_get_remote(sock_udp_t *sock, sock_udp_ep_t *ep)
{
    assert(sock && ep);
    if (sock->remote.family == AF_UNSPEC) {
        return -ENOTCONN;
    }
    *ep = sock->remote;
    return 0;
}

ssize_t sock_udp_recv_aux(sock_udp_t *sock, void *data, size_t max_len,
                          uint32_t timeout, sock_udp_ep_t *remote,
                          sock_udp_aux_rx_t *aux)
{
    (void)aux;
    assert(sock && data && max_len > 0);
    if (sock->local.family == AF_UNSPEC) {
        return -EADDRNOTAVAIL;
    }
    ssize_t size = host_dgram_peek(sock->reg.fd);
    if (size == -EAGAIN) {
        if (timeout == 0) {
            return -EAGAIN;
        }
        if (!host_wait_readable(sock->reg.fd, timeout)) {
            return -ETIMEDOUT;
        }
        size = host_dgram_peek(sock->reg.fd);
    }
    if (size < 0) {
        return (size == -EAGAIN) ? -ETIMEDOUT : -EINVAL;
    }
    /* an oversize datagram is consumed without touching data, as GNRC does */
    bool fits = (size_t)size <= max_len;
    host_addr_t from;
    ssize_t n = host_dgram_recv(sock->reg.fd, fits ? data : NULL, fits ? max_len : 0, &from);
    if (n < 0) {
        return -ENOMEM;
    }
    if (host_dgram_peek(sock->reg.fd) >= 0) {
        _raise(sock, SOCK_ASYNC_MSG_RECV);
    }
    sock_udp_ep_t sender;
    host_tl_ep_from_addr(&from, &sender);
    if (remote) {
        *remote = sender;
    }
    if ((sock->flags & SOCK_FLAGS_CONNECT_REMOTE) && (sock->remote.family != AF_UNSPEC)
        && ((sock->remote.port != sender.port)
            || memcmp(&sock->remote.addr, &sender.addr, sizeof(sender.addr)) != 0)) {
        return -EPROTO;
    }
    return fits ? n : -ENOBUFS;
}

ssize_t sock_udp_sendv_aux(sock_udp_t *sock, const iolist_t *snips,
                           const sock_udp_ep_t *remote, sock_udp_aux_tx_t *aux)
{
    (void)aux;
    assert(sock || remote);
    if (remote) {
        if (remote->port == 0) {
            return -EINVAL;
        }
        if (!_family_ok(remote)) {
            return -EAFNOSUPPORT;
        }
        if (_addr_is_zero(remote)) {
            return -EINVAL;
        }
    }
    else if (!sock || sock->remote.family == AF_UNSPEC) {
        return -ENOTCONN;
    }
    const sock_udp_ep_t *to = remote ? remote : &sock->remote;
    host_addr_t dst;
    host_iov_t iov[16];
    size_t n = 0;
    host_tl_ep_to_addr(to, &dst);
    for (const iolist_t *s = snips; s; s = s->iol_next) {
        if (n == sizeof(iov) / sizeof(iov[0])) {
            return -ENOMEM;
        }
        iov[n].base = s->iol_base;
        iov[n].len = s->iol_len;
        n++;
    }
    if (!sock) {
        /* one-shot send from an ephemeral port */
        const sock_udp_ep_t any = { .family = to->family };
        host_addr_t a;
        uint16_t port;
        host_tl_ep_to_addr(&any, &a);
        int fd = host_udp_open(&a, 0, &port);
        if (fd < 0) {
            return fd;
        }
        ssize_t res = host_dgram_send(fd, iov, n, &dst);
        host_close(fd);
        return res;
    }
    if (sock->local.family == AF_UNSPEC) {
        const sock_udp_ep_t any = { .family = to->family };
        int res = _bind(sock, &any, false);
        if (res < 0) {
            return res;
        }
    }
    else if (sock->local.family != to->family) {
        return -EAFNOSUPPORT;
    }
    ssize_t res = host_dgram_send(sock->reg.fd, iov, n, &dst);
    _raise(sock, SOCK_ASYNC_MSG_SENT);
    return res;
}

void sock_udp_set_cb(sock_udp_t *sock, sock_udp_cb_t cb, void *cb_arg)
{
    sock->reg.async_cb = (void (*)(void *, sock_async_flags_t, void *))cb;
    sock->reg.async_cb_arg = cb_arg;
    /* datagrams that arrived before the callback was set would otherwise go unnoticed
     * until the next arrival; the Node runtime makes the same choice */
    if (cb && sock->reg.fd >= 0 && host_dgram_peek(sock->reg.fd) >= 0) {
        _raise(sock, SOCK_ASYNC_MSG_RECV);
    }
}

#ifdef SOCK_HAS_ASYNC_CTX
sock_async_ctx_t *sock_udp_get_async_ctx(sock_udp_t *sock)
{
    return &sock->reg.async_ctx;
}
#endif

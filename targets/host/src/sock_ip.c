/*
 * Host port of RIOT's raw IP sock (net/sock/ip.h) on Linux raw sockets, with GNRC's
 * observable behaviour: an oversize datagram is dropped with -ENOBUFS, MSG_RECV is
 * re-raised after each recv while datagrams remain, MSG_SENT follows each send the stack
 * took, and a remote restricts the sock to that peer. Raw sockets need root or
 * CAP_NET_RAW: without, create returns -EPERM.
 */
#include <errno.h>
#include <string.h>

#include "net/sock/async.h"
#ifdef SOCK_HAS_ASYNC_CTX
#include "net/sock/async/event.h"
#endif
#include "net/sock/ip.h"
#include "host_net.h"
#include "host_stack.h"

static int _to_host(const sock_ip_ep_t *ep, host_addr_t *a)
{
    return host_addr_from_riot(ep->family, ep->addr.ipv6, ep->netif, 0, a);
}

static void _from_host(const host_addr_t *a, sock_ip_ep_t *ep)
{
    uint16_t port;
    memset(ep, 0, sizeof(*ep));
    ep->family = host_addr_to_riot(a, ep->addr.ipv6, &ep->netif, &port);
}

static void _raise(sock_ip_t *sock, sock_async_flags_t flags)
{
    if (sock->reg.async_cb) {
        sock->reg.async_cb(sock, flags, sock->reg.async_cb_arg);
    }
}

static void _readable(host_sock_reg_t *reg)
{
    _raise((sock_ip_t *)reg, SOCK_ASYNC_MSG_RECV);
}

int sock_ip_create(sock_ip_t *sock, const sock_ip_ep_t *local,
                   const sock_ip_ep_t *remote, uint8_t proto, uint16_t flags)
{
    (void)flags;
    assert(sock);
    if ((local && local->family != AF_INET6 && local->family != AF_INET)
        || (remote && remote->family != AF_INET6 && remote->family != AF_INET)) {
        return -EAFNOSUPPORT;
    }
    if (local && remote && (local->family != remote->family)) {
        return -EINVAL;
    }
    memset(sock, 0, sizeof(*sock));
    sock->reg.fd = -1;
    sock_ip_ep_t any = { .family = (remote && remote->family == AF_INET) ? AF_INET : AF_INET6 };
    const sock_ip_ep_t *at = local ? local : &any;
    host_addr_t a;
    _to_host(at, &a);
    int fd = host_raw_open(&a, proto);
    if (fd < 0) {
        return fd;
    }
    sock->reg.fd = fd;
    sock->reg.readable = _readable;
    sock->local = *at;
    if (remote) {
        sock->remote = *remote;
    }
    sock->proto = proto;
    if (host_stack_register(&sock->reg) < 0) {
        host_close(fd);
        sock->reg.fd = -1;
        sock->local.family = AF_UNSPEC;
        return -ENOMEM;
    }
    return 0;
}

void sock_ip_close(sock_ip_t *sock)
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

int sock_ip_get_local(sock_ip_t *sock, sock_ip_ep_t *ep)
{
    assert(sock && ep);
    if (sock->local.family == AF_UNSPEC) {
        return -EADDRNOTAVAIL;
    }
    *ep = sock->local;
    return 0;
}

int sock_ip_get_remote(sock_ip_t *sock, sock_ip_ep_t *ep)
{
    assert(sock && ep);
    if (sock->remote.family == AF_UNSPEC) {
        return -ENOTCONN;
    }
    *ep = sock->remote;
    return 0;
}

ssize_t sock_ip_recv_aux(sock_ip_t *sock, void *data, size_t max_len,
                         uint32_t timeout, sock_ip_ep_t *remote,
                         sock_ip_aux_rx_t *aux)
{
    (void)aux;
    assert(sock && data && max_len > 0);
    if (sock->local.family == AF_UNSPEC) {
        return -EADDRNOTAVAIL;
    }
    int v6 = sock->local.family == AF_INET6;
    ssize_t size = host_raw_peek(sock->reg.fd, v6);
    if (size == -EAGAIN) {
        if (timeout == 0) {
            return -EAGAIN;
        }
        if (!host_wait_readable(sock->reg.fd, timeout)) {
            return -ETIMEDOUT;
        }
        size = host_raw_peek(sock->reg.fd, v6);
    }
    if (size < 0) {
        return (size == -EAGAIN) ? -ETIMEDOUT : -EINVAL;
    }
    bool fits = (size_t)size <= max_len;
    host_addr_t from;
    ssize_t n = host_raw_recv(sock->reg.fd, v6, data, fits ? max_len : 0, &from);
    if (n < 0) {
        return -ENOMEM;
    }
    if (host_raw_peek(sock->reg.fd, v6) >= 0) {
        _raise(sock, SOCK_ASYNC_MSG_RECV);
    }
    sock_ip_ep_t sender;
    _from_host(&from, &sender);
    if (remote) {
        *remote = sender;
    }
    if ((sock->remote.family != AF_UNSPEC)
        && memcmp(&sock->remote.addr, &sender.addr, sock->remote.family == AF_INET6 ? 16 : 4) != 0) {
        return -EPROTO;
    }
    return fits ? n : -ENOBUFS;
}

ssize_t sock_ip_send_aux(sock_ip_t *sock, const void *data, size_t len,
                         uint8_t proto, const sock_ip_ep_t *remote,
                         sock_ip_aux_tx_t *aux)
{
    (void)aux;
    assert(sock || remote);
    if (!remote) {
        if (!sock || sock->remote.family == AF_UNSPEC) {
            return -ENOTCONN;
        }
        remote = &sock->remote;
    }
    if (remote->family != AF_INET6 && remote->family != AF_INET) {
        return -EAFNOSUPPORT;
    }
    host_addr_t dst;
    _to_host(remote, &dst);
    host_iov_t iov = { data, len };
    if (!sock) {
        host_addr_t any = { .v6 = dst.v6 };
        int fd = host_raw_open(&any, proto);
        if (fd < 0) {
            return (fd == -EPROTONOSUPPORT) ? -EPROTOTYPE : fd;
        }
        ssize_t res = host_dgram_send(fd, &iov, 1, &dst);
        host_close(fd);
        return res;
    }
    if (sock->local.family != remote->family) {
        return -EAFNOSUPPORT;
    }
    ssize_t res = host_dgram_send(sock->reg.fd, &iov, 1, &dst);
    if (res >= 0) {
        _raise(sock, SOCK_ASYNC_MSG_SENT);
    }
    return res;
}

void sock_ip_set_cb(sock_ip_t *sock, sock_ip_cb_t cb, void *cb_arg)
{
    sock->reg.async_cb = (void (*)(void *, sock_async_flags_t, void *))cb;
    sock->reg.async_cb_arg = cb_arg;
    if (cb && sock->reg.fd >= 0 && host_raw_peek(sock->reg.fd, sock->local.family == AF_INET6) >= 0) {
        _raise(sock, SOCK_ASYNC_MSG_RECV);
    }
}

#ifdef SOCK_HAS_ASYNC_CTX
sock_async_ctx_t *sock_ip_get_async_ctx(sock_ip_t *sock)
{
    return &sock->reg.async_ctx;
}
#endif

/*
 * Linux side of the host stack: sockets, address translation and the poller. Only Linux
 * headers are included here (RIOT's net/af.h redefines AF_INET/AF_INET6 with RIOT's
 * numbers, 3 and 4, which must never reach a Linux call).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "host_control.h"
#include "host_net.h"

#define _EPHEMERAL_MIN  (49152U)
#define _EPHEMERAL_NUM  (65536U - _EPHEMERAL_MIN)

static int _epfd = -1;

static socklen_t _to_sockaddr(const host_addr_t *a, struct sockaddr_storage *ss)
{
    memset(ss, 0, sizeof(*ss));
    if (a->v6) {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
        s6->sin6_family = AF_INET6;
        memcpy(&s6->sin6_addr, a->addr, 16);
        s6->sin6_port = htons(a->port);
        s6->sin6_scope_id = a->scope;
        return sizeof(*s6);
    }
    struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
    s4->sin_family = AF_INET;
    memcpy(&s4->sin_addr, a->addr, 4);
    s4->sin_port = htons(a->port);
    return sizeof(*s4);
}

static void _from_sockaddr(const struct sockaddr_storage *ss, host_addr_t *a)
{
    memset(a, 0, sizeof(*a));
    if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)ss;
        a->v6 = 1;
        memcpy(a->addr, &s6->sin6_addr, 16);
        a->port = ntohs(s6->sin6_port);
        a->scope = (uint16_t)s6->sin6_scope_id;
    }
    else {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)ss;
        memcpy(a->addr, &s4->sin_addr, 4);
        a->port = ntohs(s4->sin_port);
    }
}

static unsigned _random_port(void)
{
    static int seeded;
    if (!seeded) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        srand((unsigned)(ts.tv_nsec ^ getpid()));
        seeded = 1;
    }
    return _EPHEMERAL_MIN + (unsigned)rand() % _EPHEMERAL_NUM;
}

/* The port to bind for the program's `port`: under the harness's port map, Linux's free port
 * (0: Linux picks) or the one the program had before; the program goes on seeing its own. */
static uint16_t _bind_port(int tcp, uint16_t port)
{
    return (port == 0 || !host_control_active()) ? port : host_port_bound_at(tcp, port);
}

/* Records where the program's `port` was bound, under the port map. */
static void _bound(int tcp, uint16_t port, int fd)
{
    struct sockaddr_storage ss;
    socklen_t sl = sizeof(ss);
    if (port == 0 || !host_control_active() || getsockname(fd, (struct sockaddr *)&ss, &sl) < 0) {
        return;
    }
    host_addr_t a;
    _from_sockaddr(&ss, &a);
    host_port_bound(tcp, port, a.port);
}

/* An address the program sends to, with the port as Linux knows it. */
static host_addr_t _out(int tcp, const host_addr_t *a)
{
    host_addr_t o = *a;
    if (host_control_active()) {
        o.port = host_port_out(tcp, a->port);
    }
    return o;
}

int host_udp_open(const host_addr_t *local, int reuse, uint16_t *bound_port)
{
    int fd = socket(local->v6 ? AF_INET6 : AF_INET,
                    SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -errno;
    }
    int one = 1;
    if (local->v6) {
        /* RIOT socks are single-family: no IPv4-mapped traffic on an IPv6 sock */
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
    }
    if (reuse) {
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
    }
    host_addr_t a = *local;
    struct sockaddr_storage ss;
    int res = -EADDRINUSE;
    /* like GNRC, pick ephemeral ports at random from 49152..65535 */
    unsigned tries = (local->port == 0) ? 64 : 1;
    for (unsigned i = 0; i < tries; i++) {
        a.port = (local->port == 0) ? (uint16_t)_random_port() : _bind_port(0, local->port);
        if (local->port == 0 && host_control_active() && host_port_is_program_port(0, a.port)) {
            continue;   /* the number is the program's, mapped elsewhere */
        }
        socklen_t len = _to_sockaddr(&a, &ss);
        if (bind(fd, (struct sockaddr *)&ss, len) == 0) {
            res = 0;
            break;
        }
        res = -errno;
        if (res != -EADDRINUSE) {
            break;
        }
    }
    if (res < 0) {
        close(fd);
        return (res == -EADDRNOTAVAIL) ? -EINVAL : res;
    }
    _bound(0, local->port, fd);
    *bound_port = (local->port == 0) ? a.port : local->port;
    return fd;
}

void host_close(int fd)
{
    close(fd);
}

ssize_t host_dgram_peek(int fd)
{
    ssize_t n = recv(fd, NULL, 0, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
    return (n < 0) ? -errno : n;
}

ssize_t host_dgram_recv(int fd, void *buf, size_t len, host_addr_t *from)
{
    struct sockaddr_storage ss;
    socklen_t sl = sizeof(ss);
    char dummy;
    ssize_t n = recvfrom(fd, (len > 0) ? buf : &dummy, len, MSG_DONTWAIT | MSG_TRUNC,
                         (struct sockaddr *)&ss, &sl);
    if (n < 0) {
        return -errno;
    }
    if (from) {
        _from_sockaddr(&ss, from);
        from->port = host_port_in(0, from->port);
    }
    return n;
}

ssize_t host_dgram_send(int fd, const host_iov_t *iov, size_t n, const host_addr_t *to)
{
    struct iovec vec[16];
    struct sockaddr_storage ss;
    struct msghdr msg = { 0 };
    if (n > sizeof(vec) / sizeof(vec[0])) {
        return -ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        vec[i].iov_base = (void *)iov[i].base;
        vec[i].iov_len = iov[i].len;
    }
    msg.msg_iov = vec;
    msg.msg_iovlen = n;
    if (to) {
        host_addr_t real = _out(0, to);
        msg.msg_name = &ss;
        msg.msg_namelen = _to_sockaddr(&real, &ss);
    }
    ssize_t res = sendmsg(fd, &msg, 0);
    if (res < 0) {
        switch (errno) {
        case ENETUNREACH:
            return -EHOSTUNREACH;
        case EAGAIN:
        case ENOBUFS:
            return -ENOMEM;
        case EDESTADDRREQ:
            return -ENOTCONN;
        case ECONNREFUSED:
            /* an ICMP error from an earlier datagram: RIOT stacks do not report it */
            return host_dgram_send(fd, iov, n, to);
        default:
            return -errno;
        }
    }
    return res;
}

int host_wait_readable(int fd, uint32_t timeout_us)
{
    struct pollfd p = { .fd = fd, .events = POLLIN };
    struct timespec ts = {
        .tv_sec = timeout_us / 1000000U,
        .tv_nsec = (long)(timeout_us % 1000000U) * 1000L,
    };
    int res;
    do {
        res = ppoll(&p, 1, (timeout_us == UINT32_MAX) ? NULL : &ts, NULL);
    } while (res < 0 && errno == EINTR);
    return res > 0;
}

int host_poll_add(int fd, void *ctx)
{
    if (_epfd < 0) {
        _epfd = epoll_create1(EPOLL_CLOEXEC);
        if (_epfd < 0) {
            return -errno;
        }
    }
    /* edge-triggered: one notification per arrival, like a stack raising MSG_RECV
     * per packet, not a level that re-raises while unread data remains */
    struct epoll_event ev = { .events = EPOLLIN | EPOLLET, .data.ptr = ctx };
    return (epoll_ctl(_epfd, EPOLL_CTL_ADD, fd, &ev) == 0) ? 0 : -errno;
}

void host_poll_del(int fd)
{
    if (_epfd >= 0) {
        epoll_ctl(_epfd, EPOLL_CTL_DEL, fd, NULL);
    }
}

int host_poll_wait(int timeout_ms, void (*ready)(void *ctx))
{
    struct epoll_event evs[16];
    if (_epfd < 0) {
        if (timeout_ms < 0) {
            /* nothing can ever arrive: sleep like an idle RIOT thread */
            for (;;) {
                pause();
            }
        }
        struct timespec ts = { timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000L };
        nanosleep(&ts, NULL);
        return 0;
    }
    int n = epoll_wait(_epfd, evs, (int)(sizeof(evs) / sizeof(evs[0])), timeout_ms);
    int seen = 0;
    for (int i = 0; i < n; i++) {
        if (evs[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP)) {
            ready(evs[i].data.ptr);
            seen++;
        }
    }
    return seen;
}

int host_inet_pton(int v6, const char *src, void *dst)
{
    return inet_pton(v6 ? AF_INET6 : AF_INET, src, dst);
}

/* --- TCP ---------------------------------------------------------------------------- */

static int _tcp_socket(int v6, int reuse)
{
    int fd = socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -errno;
    }
    int one = 1;
    if (v6) {
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
    }
    /* a listening port must be usable again at once after the program restarts, as on a
     * device that reboots; SOCK_FLAGS_REUSE_EP would also share it, which this does not */
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (reuse) {
        setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
    }
    return fd;
}

static void _nonblocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

int host_tcp_listen(const host_addr_t *local, int reuse, int backlog)
{
    int fd = _tcp_socket(local->v6, reuse);
    if (fd < 0) {
        return fd;
    }
    struct sockaddr_storage ss;
    host_addr_t a = *local;
    a.port = _bind_port(1, local->port);
    socklen_t len = _to_sockaddr(&a, &ss);
    if (bind(fd, (struct sockaddr *)&ss, len) < 0 || listen(fd, backlog) < 0) {
        int res = -errno;
        close(fd);
        return (res == -EADDRNOTAVAIL) ? -EINVAL : res;
    }
    _bound(1, local->port, fd);
    _nonblocking(fd);
    return fd;
}

int host_tcp_accept(int lfd)
{
    int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
        return (errno == EWOULDBLOCK) ? -EAGAIN : -errno;
    }
    return fd;
}

int host_tcp_connect(const host_addr_t *remote, uint16_t local_port, int reuse)
{
    int fd = _tcp_socket(remote->v6, reuse);
    if (fd < 0) {
        return fd;
    }
    struct sockaddr_storage ss;
    if (local_port != 0) {
        host_addr_t any = { .v6 = remote->v6, .port = _bind_port(1, local_port) };
        socklen_t len = _to_sockaddr(&any, &ss);
        if (bind(fd, (struct sockaddr *)&ss, len) < 0) {
            int res = -errno;
            close(fd);
            return res;
        }
        _bound(1, local_port, fd);
    }
    host_addr_t to = _out(1, remote);
    socklen_t len = _to_sockaddr(&to, &ss);
    int res;
    do {
        res = connect(fd, (struct sockaddr *)&ss, len);
    } while (res < 0 && errno == EINTR);
    if (res < 0) {
        res = -errno;
        close(fd);
        return (res == -EHOSTUNREACH) ? -ENETUNREACH : res;
    }
    _nonblocking(fd);
    return fd;
}

ssize_t host_tcp_peek(int fd)
{
    char c;
    ssize_t n = recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n < 0) {
        return (errno == EWOULDBLOCK) ? -EAGAIN : -errno;
    }
    if (n == 0) {
        return 0;
    }
    int avail = 0;
    ioctl(fd, FIONREAD, &avail);
    return (avail > 0) ? avail : 1;
}

int host_tcp_peer_closed(int fd)
{
    struct pollfd p = { .fd = fd, .events = POLLRDHUP };
    return (poll(&p, 1, 0) > 0) && (p.revents & (POLLRDHUP | POLLERR | POLLHUP));
}

ssize_t host_tcp_recv(int fd, void *buf, size_t len)
{
    ssize_t n = recv(fd, buf, len, MSG_DONTWAIT);
    if (n < 0) {
        return (errno == EWOULDBLOCK) ? -EAGAIN : -errno;
    }
    return n;
}

ssize_t host_tcp_send(int fd, const void *buf, size_t len)
{
    size_t done = 0;
    while (done < len) {
        ssize_t n = send(fd, (const char *)buf + done, len - done, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EWOULDBLOCK) {
                /* like lwIP's write: block until the send buffer has room */
                struct pollfd p = { .fd = fd, .events = POLLOUT };
                poll(&p, 1, -1);
                continue;
            }
            return -errno;
        }
        done += (size_t)n;
    }
    return (ssize_t)done;
}

int host_sock_name(int fd, int peer, host_addr_t *a)
{
    struct sockaddr_storage ss;
    socklen_t sl = sizeof(ss);
    int res = peer ? getpeername(fd, (struct sockaddr *)&ss, &sl) : getsockname(fd, (struct sockaddr *)&ss, &sl);
    if (res < 0) {
        return -errno;
    }
    _from_sockaddr(&ss, a);
    a->port = host_port_in(1, a->port);
    return 0;
}

int host_readable_now(int fd)
{
    struct pollfd p = { .fd = fd, .events = POLLIN };
    return (poll(&p, 1, 0) > 0) && (p.revents & POLLIN);
}

/* --- raw IP -------------------------------------------------------------------------- */

int host_raw_open(const host_addr_t *local, uint8_t proto)
{
    int fd = socket(local->v6 ? AF_INET6 : AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, proto);
    if (fd < 0) {
        return (errno == EPROTONOSUPPORT) ? -EPROTONOSUPPORT : -errno;
    }
    struct sockaddr_storage ss;
    host_addr_t a = *local;
    a.port = 0;
    socklen_t len = _to_sockaddr(&a, &ss);
    if (bind(fd, (struct sockaddr *)&ss, len) < 0) {
        int res = -errno;
        close(fd);
        return (res == -EADDRNOTAVAIL) ? -EINVAL : res;
    }
    return fd;
}

/* An IPv4 raw socket hands over the IP header too: its length, from the first byte. */
static size_t _ipv4_header(int fd)
{
    uint8_t first;
    if (recv(fd, &first, 1, MSG_PEEK | MSG_DONTWAIT) < 1) {
        return 0;
    }
    return (size_t)(first & 0x0f) * 4;
}

ssize_t host_raw_peek(int fd, int v6)
{
    ssize_t n = recv(fd, NULL, 0, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
    if (n < 0) {
        return -errno;
    }
    return v6 ? n : n - (ssize_t)_ipv4_header(fd);
}

ssize_t host_raw_recv(int fd, int v6, void *buf, size_t len, host_addr_t *from)
{
    static uint8_t _packet[65536];
    struct sockaddr_storage ss;
    socklen_t sl = sizeof(ss);
    size_t skip = v6 ? 0 : _ipv4_header(fd);
    ssize_t n = recvfrom(fd, _packet, sizeof(_packet), MSG_DONTWAIT, (struct sockaddr *)&ss, &sl);
    if (n < 0) {
        return -errno;
    }
    if (from) {
        _from_sockaddr(&ss, from);
    }
    n -= (ssize_t)skip;
    if (n < 0) {
        n = 0;
    }
    if (len > 0) {
        memcpy(buf, _packet + skip, ((size_t)n < len) ? (size_t)n : len);
    }
    return n;
}

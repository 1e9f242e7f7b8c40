/*
 * Host port of RIOT's net/sock/udp.h. The declarations and the static inline wrappers are
 * RIOT's; the sock object is the host stack's (sock_types.h).
 */
#ifndef NET_SOCK_UDP_H
#define NET_SOCK_UDP_H

#include <assert.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/types.h>

#include "net/af.h"
#include "net/sock.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _sock_tl_ep sock_udp_ep_t;

typedef struct sock_udp sock_udp_t;

typedef struct {
    sock_aux_flags_t flags;
} sock_udp_aux_rx_t;

typedef struct {
    sock_aux_flags_t flags;
} sock_udp_aux_tx_t;

int sock_udp_create(sock_udp_t *sock, const sock_udp_ep_t *local,
                    const sock_udp_ep_t *remote, uint16_t flags);
void sock_udp_close(sock_udp_t *sock);
int sock_udp_get_local(sock_udp_t *sock, sock_udp_ep_t *ep);
int sock_udp_get_remote(sock_udp_t *sock, sock_udp_ep_t *ep);
ssize_t sock_udp_recv_aux(sock_udp_t *sock, void *data, size_t max_len,
                          uint32_t timeout, sock_udp_ep_t *remote,
                          sock_udp_aux_rx_t *aux);

static inline ssize_t sock_udp_recv(sock_udp_t *sock, void *data, size_t max_len,
                                    uint32_t timeout, sock_udp_ep_t *remote)
{
    return sock_udp_recv_aux(sock, data, max_len, timeout, remote, NULL);
}

ssize_t sock_udp_sendv_aux(sock_udp_t *sock, const iolist_t *snips,
                           const sock_udp_ep_t *remote, sock_udp_aux_tx_t *aux);

static inline ssize_t sock_udp_send_aux(sock_udp_t *sock, const void *data, size_t len,
                                        const sock_udp_ep_t *remote, sock_udp_aux_tx_t *aux)
{
    const iolist_t snip = {
        NULL,
        (void *)data,
        len,
    };

    return sock_udp_sendv_aux(sock, &snip, remote, aux);
}

static inline ssize_t sock_udp_send(sock_udp_t *sock, const void *data, size_t len,
                                    const sock_udp_ep_t *remote)
{
    return sock_udp_send_aux(sock, data, len, remote, NULL);
}

static inline ssize_t sock_udp_sendv(sock_udp_t *sock, const iolist_t *snips,
                                     const sock_udp_ep_t *remote)
{
    return sock_udp_sendv_aux(sock, snips, remote, NULL);
}

static inline bool sock_udp_ep_is_multicast(const sock_udp_ep_t *ep)
{
    switch (ep->family) {
#ifdef SOCK_HAS_IPV6
    case AF_INET6:
        return ep->addr.ipv6[0] == 0xff;
#endif
    case AF_INET:
        return (ep->addr.ipv4[0] & 0xf0) == 0xe0;
    default:
        assert(0);
    }
    return false;
}

static inline bool sock_udp_ep_is_v6(const sock_udp_ep_t *ep)
{
#if !defined(SOCK_HAS_IPV6)
    (void)ep;
    return false;
#else
    return ep->family == AF_INET6;
#endif
}

#ifdef __cplusplus
}
#endif

#include "sock_types.h"

#endif /* NET_SOCK_UDP_H */

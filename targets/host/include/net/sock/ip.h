/*
 * Host port of RIOT's net/sock/ip.h (module sock_ip): raw IP. The declarations and the
 * static inline wrappers are RIOT's; the sock object is the host stack's (sock_types.h).
 */
#ifndef NET_SOCK_IP_H
#define NET_SOCK_IP_H

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

typedef struct sock_ip sock_ip_t;

typedef struct {
    sock_aux_flags_t flags;
} sock_ip_aux_rx_t;

typedef struct {
    sock_aux_flags_t flags;
} sock_ip_aux_tx_t;

int sock_ip_create(sock_ip_t *sock, const sock_ip_ep_t *local,
                   const sock_ip_ep_t *remote, uint8_t proto, uint16_t flags);
void sock_ip_close(sock_ip_t *sock);
int sock_ip_get_local(sock_ip_t *sock, sock_ip_ep_t *ep);
int sock_ip_get_remote(sock_ip_t *sock, sock_ip_ep_t *ep);
ssize_t sock_ip_recv_aux(sock_ip_t *sock, void *data, size_t max_len,
                         uint32_t timeout, sock_ip_ep_t *remote,
                         sock_ip_aux_rx_t *aux);

static inline ssize_t sock_ip_recv(sock_ip_t *sock, void *data, size_t max_len,
                                   uint32_t timeout, sock_ip_ep_t *remote)
{
    return sock_ip_recv_aux(sock, data, max_len, timeout, remote, NULL);
}

ssize_t sock_ip_send_aux(sock_ip_t *sock, const void *data, size_t len,
                         uint8_t proto, const sock_ip_ep_t *remote,
                         sock_ip_aux_tx_t *aux);

static inline ssize_t sock_ip_send(sock_ip_t *sock, const void *data, size_t len,
                                   uint8_t proto, const sock_ip_ep_t *remote)
{
    return sock_ip_send_aux(sock, data, len, proto, remote, NULL);
}

#ifdef __cplusplus
}
#endif

#include "sock_types.h"

#endif /* NET_SOCK_IP_H */

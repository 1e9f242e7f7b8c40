/*
 * Host port of RIOT's net/sock/dtls.h (module sock_dtls). The declarations and the static
 * inline wrappers are RIOT's; the sock objects are the host port's (sock_dtls_types.h),
 * on OpenSSL.
 */
#ifndef NET_SOCK_DTLS_H
#define NET_SOCK_DTLS_H

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "net/credman.h"
#include "net/sock/udp.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SOCK_DTLS_HANDSHAKE (EXDEV)

enum {
    SOCK_DTLS_1_0 = 1,
    SOCK_DTLS_1_2 = 2,
    SOCK_DTLS_1_3 = 3,
};

enum {
    SOCK_DTLS_CLIENT = 1,
    SOCK_DTLS_SERVER = 2,
};

typedef struct sock_dtls sock_dtls_t;
typedef struct sock_dtls_session sock_dtls_session_t;
typedef sock_udp_aux_rx_t sock_dtls_aux_rx_t;
typedef sock_udp_aux_tx_t sock_dtls_aux_tx_t;

void sock_dtls_init(void);
int sock_dtls_create(sock_dtls_t *sock, sock_udp_t *udp_sock, credman_tag_t tag,
                     unsigned version, unsigned role);
sock_udp_t *sock_dtls_get_udp_sock(sock_dtls_t *sock);
int sock_dtls_session_init(sock_dtls_t *sock, const sock_udp_ep_t *ep, sock_dtls_session_t *remote);
void sock_dtls_session_destroy(sock_dtls_t *sock, sock_dtls_session_t *remote);
void sock_dtls_session_get_udp_ep(const sock_dtls_session_t *session, sock_udp_ep_t *ep);
void sock_dtls_session_set_udp_ep(sock_dtls_session_t *session, const sock_udp_ep_t *ep);
ssize_t sock_dtls_recv_aux(sock_dtls_t *sock, sock_dtls_session_t *remote, void *data, size_t maxlen,
                           uint32_t timeout, sock_dtls_aux_rx_t *aux);

static inline ssize_t sock_dtls_recv(sock_dtls_t *sock, sock_dtls_session_t *remote, void *data,
                                     size_t maxlen, uint32_t timeout)
{
    return sock_dtls_recv_aux(sock, remote, data, maxlen, timeout, NULL);
}

ssize_t sock_dtls_sendv_aux(sock_dtls_t *sock, sock_dtls_session_t *remote, const iolist_t *snips,
                            uint32_t timeout, sock_dtls_aux_tx_t *aux);

static inline ssize_t sock_dtls_send_aux(sock_dtls_t *sock, sock_dtls_session_t *remote, const void *data,
                                         size_t len, uint32_t timeout, sock_dtls_aux_tx_t *aux)
{
    const iolist_t snip = { NULL, (void *)data, len };
    return sock_dtls_sendv_aux(sock, remote, &snip, timeout, aux);
}

static inline ssize_t sock_dtls_send(sock_dtls_t *sock, sock_dtls_session_t *remote, const void *data,
                                     size_t len, uint32_t timeout)
{
    return sock_dtls_send_aux(sock, remote, data, len, timeout, NULL);
}

static inline ssize_t sock_dtls_sendv(sock_dtls_t *sock, sock_dtls_session_t *remote,
                                      const iolist_t *snips, uint32_t timeout)
{
    return sock_dtls_sendv_aux(sock, remote, snips, timeout, NULL);
}

void sock_dtls_close(sock_dtls_t *sock);

#ifdef __cplusplus
}
#endif

#include "sock_dtls_types.h"

#endif /* NET_SOCK_DTLS_H */

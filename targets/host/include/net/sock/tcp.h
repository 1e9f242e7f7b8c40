/*
 * Host port of RIOT's net/sock/tcp.h (module sock_tcp). The declarations are RIOT's; the
 * sock objects are the host stack's (sock_types.h).
 */
#ifndef NET_SOCK_TCP_H
#define NET_SOCK_TCP_H

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

typedef struct _sock_tl_ep sock_tcp_ep_t;

typedef struct sock_tcp sock_tcp_t;

typedef struct sock_tcp_queue sock_tcp_queue_t;

int sock_tcp_connect(sock_tcp_t *sock, const sock_tcp_ep_t *remote,
                     uint16_t local_port, uint16_t flags);
int sock_tcp_listen(sock_tcp_queue_t *queue, const sock_tcp_ep_t *local,
                    sock_tcp_t *queue_array, unsigned queue_len,
                    uint16_t flags);
void sock_tcp_disconnect(sock_tcp_t *sock);
void sock_tcp_stop_listen(sock_tcp_queue_t *queue);
int sock_tcp_get_local(sock_tcp_t *sock, sock_tcp_ep_t *ep);
int sock_tcp_get_remote(sock_tcp_t *sock, sock_tcp_ep_t *ep);
int sock_tcp_queue_get_local(sock_tcp_queue_t *queue, sock_tcp_ep_t *ep);
int sock_tcp_accept(sock_tcp_queue_t *queue, sock_tcp_t **sock,
                    uint32_t timeout);
ssize_t sock_tcp_read(sock_tcp_t *sock, void *data, size_t max_len,
                      uint32_t timeout);
ssize_t sock_tcp_write(sock_tcp_t *sock, const void *data, size_t len);

#ifdef __cplusplus
}
#endif

#include "sock_types.h"

#endif /* NET_SOCK_TCP_H */

/*
 * Host port of RIOT's net/sock/util.h (module sock_util), reduced to endpoint parsing
 * and comparison.
 */
#ifndef NET_SOCK_UTIL_H
#define NET_SOCK_UTIL_H

#include <stdbool.h>

#ifdef MODULE_SOCK_UDP
#include "net/sock/udp.h"
#endif
#ifdef MODULE_SOCK_TCP
#include "net/sock/tcp.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

int sock_tl_str2ep(struct _sock_tl_ep *ep_out, const char *str);
bool sock_tl_ep_equal(const struct _sock_tl_ep *a, const struct _sock_tl_ep *b);

#ifdef MODULE_SOCK_UDP
static inline int sock_udp_str2ep(sock_udp_ep_t *ep_out, const char *str)
{
    return sock_tl_str2ep(ep_out, str);
}

static inline bool sock_udp_ep_equal(const sock_udp_ep_t *a, const sock_udp_ep_t *b)
{
    return sock_tl_ep_equal(a, b);
}
#endif

#ifdef MODULE_SOCK_TCP
static inline int sock_tcp_str2ep(sock_tcp_ep_t *ep_out, const char *str)
{
    return sock_tl_str2ep(ep_out, str);
}

static inline bool sock_tcp_ep_equal(const sock_tcp_ep_t *a, const sock_tcp_ep_t *b)
{
    return sock_tl_ep_equal(a, b);
}
#endif

#ifdef __cplusplus
}
#endif

#endif /* NET_SOCK_UTIL_H */

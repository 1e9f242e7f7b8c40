/*
 * Host port of RIOT's net/sock.h: flags, the special constants and the endpoint types.
 * The layout matches RIOT's; SOCK_HAS_IPV6 / SOCK_HAS_IPV4 come from the build flags.
 */
#ifndef NET_SOCK_H
#define NET_SOCK_H

#include <stdint.h>
#include <stddef.h>

#include "iolist.h"
#include "net/af.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SOCK_FLAGS_REUSE_EP         (0x0001)
#define SOCK_FLAGS_CONNECT_REMOTE   (0x0002)

#define SOCK_ADDR_ANY_NETIF (0)

#define SOCK_IPV4_EP_ANY        { .family = AF_INET, \
                                  .netif = SOCK_ADDR_ANY_NETIF }

#ifdef SOCK_HAS_IPV6
#define SOCK_IPV6_EP_ANY        { .family = AF_INET6, \
                                  .netif = SOCK_ADDR_ANY_NETIF }
#endif

#define SOCK_NO_TIMEOUT     (UINT32_MAX)

typedef struct {
    int family;
    union {
#ifdef SOCK_HAS_IPV6
        uint8_t ipv6[16];
#endif
        uint8_t ipv4[4];
        uint32_t ipv4_u32;
    } addr;
    uint16_t netif;
} sock_ip_ep_t;

struct _sock_tl_ep {
    int family;
    union {
#ifdef SOCK_HAS_IPV6
        uint8_t ipv6[16];
#endif
        uint8_t ipv4[4];
        uint32_t ipv4_u32;
    } addr;
    uint16_t netif;
    uint16_t port;
};

typedef uint8_t sock_aux_flags_t;

enum {
    SOCK_AUX_GET_LOCAL      = (1LU << 0),
    SOCK_AUX_GET_TIMESTAMP  = (1LU << 1),
    SOCK_AUX_GET_RSSI       = (1LU << 2),
    SOCK_AUX_SET_LOCAL      = (1LU << 3),
    SOCK_AUX_GET_TTL        = (1LU << 4),
};

#ifdef __cplusplus
}
#endif

#endif /* NET_SOCK_H */

/*
 * Host port of RIOT's net/af.h: RIOT's own address-family numbers, which are not Linux's.
 * The host stack translates at the boundary (src/host_net.c).
 */
#ifndef NET_AF_H
#define NET_AF_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    AF_UNSPEC = 0,
#define AF_UNSPEC   AF_UNSPEC
    AF_UNIX,
#define AF_UNIX     AF_UNIX
    AF_PACKET,
#define AF_PACKET   AF_PACKET
    AF_INET,
#define AF_INET     AF_INET
    AF_INET6,
#define AF_INET6    AF_INET6
    AF_NUMOF,
#define AF_NUMOF    AF_NUMOF
} af_t;

#ifdef __cplusplus
}
#endif

#endif /* NET_AF_H */

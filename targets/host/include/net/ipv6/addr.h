/*
 * Host port of RIOT's net/ipv6/addr.h: the address type and its text form, as far as
 * riotscript uses it (printing an endpoint). The layout matches RIOT's.
 */
#ifndef NET_IPV6_ADDR_H
#define NET_IPV6_ADDR_H

#include <stdint.h>

#include "net/ipv4/addr.h"

#ifdef __cplusplus
extern "C" {
#endif

/* with module ipv4_addr, as riotscript builds: room for an address that ends in dotted IPv4 */
#define IPV6_ADDR_MAX_STR_LEN       (sizeof("ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"))

/* RIOT's members u16 and u32 are network-order unions; the host port reads the bytes */
typedef union {
    uint8_t u8[16];
    uint16_t u16[8];
    uint32_t u32[4];
} ipv6_addr_t;

/**
 * RIOT's ipv6_addr_to_str (its port of inet_ntop6): lowercase hex, the first longest run of
 * two or more zero groups as "::", and dotted IPv4 after six zero groups or after five and
 * ffff. NULL if result_len is too short for the text.
 */
char *ipv6_addr_to_str(char *result, const ipv6_addr_t *addr, uint8_t result_len);

#ifdef __cplusplus
}
#endif

#endif /* NET_IPV6_ADDR_H */

/*
 * Host port of RIOT's net/ipv4/addr.h: the address type and its text form, as far as
 * riotscript uses it (printing an endpoint). The layout matches RIOT's.
 */
#ifndef NET_IPV4_ADDR_H
#define NET_IPV4_ADDR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define IPV4_ADDR_MAX_STR_LEN       (sizeof("255.255.255.255"))

/* RIOT's member u32 is a network-order union; the host port reads the bytes */
typedef union {
    uint8_t u8[4];
    uint32_t u32;
} ipv4_addr_t;

/** RIOT's ipv4_addr_to_str: four decimal bytes; NULL if result_len < IPV4_ADDR_MAX_STR_LEN. */
char *ipv4_addr_to_str(char *result, const ipv4_addr_t *addr, uint8_t result_len);

#ifdef __cplusplus
}
#endif

#endif /* NET_IPV4_ADDR_H */

/*
 * The host stack: the registry of open socks and the poller that raises their events.
 * It is the counterpart of RIOT's network thread, run from inside event_wait().
 */
#ifndef HOST_STACK_H
#define HOST_STACK_H

#include "host_net.h"
#include "sock_types.h"

#ifdef __cplusplus
extern "C" {
#endif

int host_stack_register(host_sock_reg_t *reg);
void host_stack_unregister(host_sock_reg_t *reg);
/* A RIOT address (family with RIOT's AF numbers, bytes, interface, port) to the Linux
 * boundary's address, and back; -EAFNOSUPPORT for a family other than IPv4 and IPv6. */
int host_addr_from_riot(int family, const uint8_t *addr, uint16_t netif, uint16_t port, host_addr_t *a);
int host_addr_to_riot(const host_addr_t *a, uint8_t *addr, uint16_t *netif, uint16_t *port);

/* The same for a UDP/TCP endpoint. */
int host_tl_ep_to_addr(const struct _sock_tl_ep *ep, host_addr_t *a);
void host_tl_ep_from_addr(const host_addr_t *a, struct _sock_tl_ep *ep);
/* Runs the stack once: waits up to timeout_ms (-1 forever) for traffic and raises events;
 * returns how many socks (or the harness's channel) had something. */
int host_stack_run(int timeout_ms);

#ifdef __cplusplus
}
#endif

#endif /* HOST_STACK_H */

/*
 * The host stack: the registry of open socks and the poller that raises their events.
 * It is the counterpart of RIOT's network thread, run from inside event_wait().
 */
#ifndef HOST_STACK_H
#define HOST_STACK_H

#include "sock_types.h"

#ifdef __cplusplus
extern "C" {
#endif

int host_stack_register(host_sock_reg_t *reg);
void host_stack_unregister(host_sock_reg_t *reg);
/* Runs the stack once: waits up to timeout_ms (-1 forever) for traffic and raises events. */
void host_stack_run(int timeout_ms);

#ifdef __cplusplus
}
#endif

#endif /* HOST_STACK_H */

/*
 * The test harness's control channel (host_control.c): the virtual clock and the port map.
 * Inactive, and without effect, unless the harness started the program.
 */
#ifndef HOST_CONTROL_H
#define HOST_CONTROL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* True when the harness started the program (RIOTSCRIPT_CONTROL). */
int host_control_active(void);

/* The virtual clock (on when the channel is). */
uint64_t host_clock_virtual_us(void);
void host_clock_virtual_sleep(uint64_t us);
/* True while an `advance` is under way: the loop must not block on the network then. */
int host_control_advancing(void);
/* The top of the event loop: returns at once, unless the harness said `hold`. */
void host_control_hold_point(void);
/* The loop is idle at the current time (the queues are empty, nothing came in, nothing is
 * due): moves the clock to the next deadline (NULL: no timer armed) or to the target. */
void host_control_idle(const uint64_t *next_deadline_us);

/* The port map (on when the channel is). */
/* The program's port number to Linux's, for an address the program sends to. */
uint16_t host_port_out(int tcp, uint16_t port);
/* Linux's port number to the program's. */
uint16_t host_port_in(int tcp, uint16_t port);
/* True if the program's ports include this number (a random port must avoid it). */
int host_port_is_program_port(int tcp, uint16_t port);
/* Linux's port where the program bound `port` before, or 0. */
uint16_t host_port_bound_at(int tcp, uint16_t port);
/* Records that the program's `port` is Linux's `real`. */
void host_port_bound(int tcp, uint16_t port, uint16_t real);

#ifdef __cplusplus
}
#endif

#endif /* HOST_CONTROL_H */

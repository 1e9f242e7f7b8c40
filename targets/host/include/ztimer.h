/*
 * Host port of RIOT's ztimer.h: ZTIMER_USEC, ZTIMER_MSEC and ZTIMER_SEC on the host's
 * monotonic clock. Armed timers fire from the event loop's wait (the host's stand-in for
 * RIOT's timer interrupt): their callbacks run before the next event is taken.
 */
#ifndef ZTIMER_H
#define ZTIMER_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t ztimer_now_t;
typedef void (*ztimer_callback_t)(void *arg);

/* The host's timer list entry: the next armed timer and this one's deadline in µs. */
typedef struct ztimer_base {
    struct ztimer_base *next;
    uint64_t deadline_us;
    bool armed;
} ztimer_base_t;

typedef struct {
    ztimer_base_t base;
    ztimer_callback_t callback;
    void *arg;
} ztimer_t;

typedef struct {
    uint32_t us_per_tick;
} ztimer_clock_t;

extern ztimer_clock_t *const ZTIMER_USEC;
extern ztimer_clock_t *const ZTIMER_MSEC;
extern ztimer_clock_t *const ZTIMER_SEC;

ztimer_now_t ztimer_now(ztimer_clock_t *clock);
uint32_t ztimer_set(ztimer_clock_t *clock, ztimer_t *timer, uint32_t val);
bool ztimer_remove(ztimer_clock_t *clock, ztimer_t *timer);
unsigned ztimer_is_set(const ztimer_clock_t *clock, const ztimer_t *timer);
void ztimer_sleep(ztimer_clock_t *clock, uint32_t duration);

/* Host internals for the event loop: ms until the next deadline (-1: none), and firing. */
int host_timers_next_ms(void);
int host_timers_fire(void);
const uint64_t *host_timers_next_deadline(void);
/* Arms `timer` for an absolute deadline (µs on the host clock), for anchored periods. */
void host_timer_set_deadline(ztimer_t *timer, uint64_t deadline_us);
uint64_t host_now_us(void);

#ifdef __cplusplus
}
#endif

#endif /* ZTIMER_H */

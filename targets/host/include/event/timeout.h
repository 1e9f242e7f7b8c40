/*
 * Host port of RIOT's event/timeout.h: post an event after a delay on a ztimer clock.
 */
#ifndef EVENT_TIMEOUT_H
#define EVENT_TIMEOUT_H

#include "event.h"
#include "ztimer.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    ztimer_clock_t *clock;
    ztimer_t timer;
    event_queue_t *queue;
    event_t *event;
} event_timeout_t;

void event_timeout_ztimer_init(event_timeout_t *event_timeout, ztimer_clock_t *clock,
                               event_queue_t *queue, event_t *event);
void event_timeout_set(event_timeout_t *event_timeout, uint32_t timeout);
void event_timeout_clear(event_timeout_t *event_timeout);

static inline bool event_timeout_is_pending(const event_timeout_t *event_timeout)
{
    return ztimer_is_set(event_timeout->clock, &event_timeout->timer)
        || event_is_queued(event_timeout->queue, event_timeout->event);
}

#ifdef __cplusplus
}
#endif

#endif /* EVENT_TIMEOUT_H */

/*
 * Host port of RIOT's event/periodic.h and event/periodic_callback.h: a callback posted
 * every interval, anchored to the previous deadline so it does not drift, optionally a
 * fixed number of times.
 */
#ifndef EVENT_PERIODIC_CALLBACK_H
#define EVENT_PERIODIC_CALLBACK_H

#include "event.h"
#include "event/callback.h"
#include "ztimer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define EVENT_PERIODIC_FOREVER 0

typedef struct {
    ztimer_clock_t *clock;
    ztimer_t timer;
    uint32_t interval;
    uint64_t last_us;
    event_queue_t *queue;
    event_t *event;
    uint32_t count;
} event_periodic_t;

typedef struct {
    event_periodic_t periodic;
    event_callback_t event;
} event_periodic_callback_t;

void event_periodic_init(event_periodic_t *event_periodic, ztimer_clock_t *clock,
                         event_queue_t *queue, event_t *event);
void event_periodic_start(event_periodic_t *event_periodic, uint32_t interval);
void event_periodic_start_now(event_periodic_t *event_periodic, uint32_t interval);
void event_periodic_stop(event_periodic_t *event_periodic);

static inline void event_periodic_set_count(event_periodic_t *event_periodic, uint32_t count)
{
    event_periodic->count = count;
}

static inline void event_periodic_callback_init(event_periodic_callback_t *event, ztimer_clock_t *clock,
                                                event_queue_t *queue, void (*callback)(void *), void *arg)
{
    event_callback_init(&event->event, callback, arg);
    event_periodic_init(&event->periodic, clock, queue, &event->event.super);
}

static inline void event_periodic_callback_start(event_periodic_callback_t *event, uint32_t interval)
{
    event_periodic_start(&event->periodic, interval);
}

static inline void event_periodic_callback_start_now(event_periodic_callback_t *event, uint32_t interval)
{
    event_periodic_start_now(&event->periodic, interval);
}

static inline void event_periodic_callback_stop(event_periodic_callback_t *event)
{
    event_periodic_stop(&event->periodic);
}

static inline void event_periodic_callback_set_count(event_periodic_callback_t *event, uint32_t count)
{
    event_periodic_set_count(&event->periodic, count);
}

static inline uint32_t event_periodic_callback_get_count(const event_periodic_callback_t *event)
{
    return event->periodic.count;
}

static inline uint32_t event_periodic_callback_get_interval(const event_periodic_callback_t *event)
{
    return event->periodic.interval;
}

#ifdef __cplusplus
}
#endif

#endif /* EVENT_PERIODIC_CALLBACK_H */

/* Host port of sys/event/periodic.c over ztimer: deadlines anchored to the previous one. */
#include "event/periodic_callback.h"

static void _event_periodic_callback(void *arg)
{
    event_periodic_t *event_periodic = arg;
    event_post(event_periodic->queue, event_periodic->event);
    if (event_periodic->count != EVENT_PERIODIC_FOREVER && --event_periodic->count == 0) {
        return; /* the last one: stop */
    }
    event_periodic->last_us += (uint64_t)event_periodic->interval * event_periodic->clock->us_per_tick;
    host_timer_set_deadline(&event_periodic->timer, event_periodic->last_us);
}

void event_periodic_init(event_periodic_t *event_periodic, ztimer_clock_t *clock,
                         event_queue_t *queue, event_t *event)
{
    event_periodic->clock = clock;
    event_periodic->timer.base.armed = false;
    event_periodic->timer.callback = _event_periodic_callback;
    event_periodic->timer.arg = event_periodic;
    event_periodic->queue = queue;
    event_periodic->event = event;
    event_periodic->count = EVENT_PERIODIC_FOREVER;
}

void event_periodic_start(event_periodic_t *event_periodic, uint32_t interval)
{
    event_periodic->interval = interval;
    event_periodic->last_us = host_now_us() + (uint64_t)interval * event_periodic->clock->us_per_tick;
    host_timer_set_deadline(&event_periodic->timer, event_periodic->last_us);
}

void event_periodic_start_now(event_periodic_t *event_periodic, uint32_t interval)
{
    event_periodic->interval = interval;
    event_periodic->last_us = host_now_us();
    _event_periodic_callback(event_periodic);
}

void event_periodic_stop(event_periodic_t *event_periodic)
{
    ztimer_remove(event_periodic->clock, &event_periodic->timer);
}

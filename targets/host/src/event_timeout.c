/* Host port of sys/event/timeout.c: the timer posts the event when it fires. */
#include "event/timeout.h"

static void _event_timeout_callback(void *arg)
{
    event_timeout_t *event_timeout = arg;
    event_post(event_timeout->queue, event_timeout->event);
}

void event_timeout_ztimer_init(event_timeout_t *event_timeout, ztimer_clock_t *clock,
                               event_queue_t *queue, event_t *event)
{
    event_timeout->clock = clock;
    event_timeout->timer.base.armed = false;
    event_timeout->timer.callback = _event_timeout_callback;
    event_timeout->timer.arg = event_timeout;
    event_timeout->queue = queue;
    event_timeout->event = event;
}

void event_timeout_set(event_timeout_t *event_timeout, uint32_t timeout)
{
    if (timeout == 0) {
        ztimer_remove(event_timeout->clock, &event_timeout->timer);
        event_post(event_timeout->queue, event_timeout->event);
        return;
    }
    ztimer_set(event_timeout->clock, &event_timeout->timer, timeout);
}

void event_timeout_clear(event_timeout_t *event_timeout)
{
    ztimer_remove(event_timeout->clock, &event_timeout->timer);
}

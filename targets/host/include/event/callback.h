/*
 * Host port of RIOT's event/callback.h: an event that calls a function with an argument.
 */
#ifndef EVENT_CALLBACK_H
#define EVENT_CALLBACK_H

#include "event.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    event_t super;
    void (*callback)(void *);
    void *arg;
} event_callback_t;

void _event_callback_handler(event_t *event);
void event_callback_init(event_callback_t *event_callback, void (*callback)(void *), void *arg);

static inline void event_callback_post(event_queue_t *queue, event_callback_t *event)
{
    event_post(queue, &event->super);
}

static inline void event_callback_oneshot(event_callback_t *event, event_queue_t *queue,
                                          void (*callback)(void *), void *arg)
{
    event_callback_init(event, callback, arg);
    event_post(queue, &event->super);
}

#define EVENT_CALLBACK_INIT(_cb, _arg) \
    { .super.handler = _event_callback_handler, .callback = _cb, .arg = (void *)_arg }

#ifdef __cplusplus
}
#endif

#endif /* EVENT_CALLBACK_H */

/* Host port of sys/event/callback.c. */
#include <string.h>

#include "event/callback.h"

void _event_callback_handler(event_t *event)
{
    event_callback_t *event_callback = (event_callback_t *)event;
    event_callback->callback(event_callback->arg);
}

void event_callback_init(event_callback_t *event_callback, void (*callback)(void *), void *arg)
{
    memset(event_callback, 0, sizeof(*event_callback));
    event_callback->super.handler = _event_callback_handler;
    event_callback->callback = callback;
    event_callback->arg = arg;
}

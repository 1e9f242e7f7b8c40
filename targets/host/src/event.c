/*
 * Host port of RIOT's core event queue (sys/event/event.c). The one difference: a thread
 * waiting on an empty queue runs the host stack, since there is no other thread to post.
 */
#include <assert.h>

#include "event.h"
#include "host_control.h"
#include "host_stack.h"

/* The timers, when the program uses any (ztimer.c): weak, so event.c links without them. */
int host_timers_next_ms(void) __attribute__((weak));
int host_timers_fire(void) __attribute__((weak));
const uint64_t *host_timers_next_deadline(void) __attribute__((weak));

void event_post(event_queue_t *queue, event_t *event)
{
    assert(queue && event && event->handler);
    if (!event->list_node.next) {
        clist_rpush(&queue->event_list, &event->list_node);
    }
}

void event_cancel(event_queue_t *queue, event_t *event)
{
    assert(queue && event);
    clist_remove(&queue->event_list, &event->list_node);
    event->list_node.next = NULL;
}

bool event_is_queued(const event_queue_t *queue, const event_t *event)
{
    (void)queue;
    return event->list_node.next != NULL;
}

event_t *event_get(event_queue_t *queue)
{
    event_t *result = (event_t *)clist_lpop(&queue->event_list);
    if (result) {
        result->list_node.next = NULL;
    }
    return result;
}

event_t *event_wait_multi(event_queue_t *queues, size_t n_queues)
{
    for (;;) {
        host_control_hold_point();
#ifdef HOST_STACK_GNRC
        /* GNRC's threads run at a higher priority than the program's: what arrived while the
         * last handler ran is taken in before the next one, and its flags join an event that is
         * already queued (FACTS trap 11: a pending MSG_SENT and a new MSG_RECV are one call) */
        host_stack_run(0);
#endif
        for (size_t i = 0; i < n_queues; i++) {
            event_t *result = event_get(&queues[i]);
            if (result) {
                return result;
            }
        }
        int wait = host_timers_next_ms ? host_timers_next_ms() : (host_control_advancing() ? 0 : -1);
        int busy = host_stack_run(wait);
        busy += host_timers_fire ? host_timers_fire() : 0;
        if (!busy && host_control_advancing()) {
            /* the virtual clock (host_control.c): idle now, so time may move on */
            host_control_idle(host_timers_next_deadline ? host_timers_next_deadline() : NULL);
        }
    }
}

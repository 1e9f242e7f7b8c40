/*
 * Host port of RIOT's event queue API (event.h). Same types and semantics: an event is
 * queued iff list_node.next != NULL, posting a queued event does nothing, and the queue
 * is FIFO by first post. Waiting on an empty queue runs the host network stack, which is
 * where sock events are raised (the counterpart of RIOT's network thread).
 */
#ifndef EVENT_H
#define EVENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "clist.h"
#include "thread.h"

#ifdef __cplusplus
extern "C" {
#endif

#define THREAD_FLAG_EVENT   (0x1)

typedef struct event event_t;

typedef void (*event_handler_t)(event_t *);

struct event {
    clist_node_t list_node;
    event_handler_t handler;
};

typedef struct {
    clist_node_t event_list;
    thread_t *waiter;
} event_queue_t;

#define EVENT_QUEUE_INIT            { .waiter = thread_get_active() }
#define EVENT_QUEUE_INIT_DETACHED   { .waiter = NULL }

static inline void event_queues_init(event_queue_t *queues, size_t n_queues)
{
    thread_t *me = thread_get_active();
    for (size_t i = 0; i < n_queues; i++) {
        memset(&queues[i], '\0', sizeof(queues[0]));
        queues[i].waiter = me;
    }
}

static inline void event_queue_init(event_queue_t *queue)
{
    event_queues_init(queue, 1);
}

static inline void event_queues_init_detached(event_queue_t *queues, size_t n_queues)
{
    for (size_t i = 0; i < n_queues; i++) {
        memset(&queues[i], '\0', sizeof(queues[0]));
    }
}

static inline void event_queue_init_detached(event_queue_t *queue)
{
    event_queues_init_detached(queue, 1);
}

static inline void event_queues_claim(event_queue_t *queues, size_t n_queues)
{
    thread_t *me = thread_get_active();
    for (size_t i = 0; i < n_queues; i++) {
        queues[i].waiter = me;
    }
}

static inline void event_queue_claim(event_queue_t *queue)
{
    event_queues_claim(queue, 1);
}

void event_post(event_queue_t *queue, event_t *event);
void event_cancel(event_queue_t *queue, event_t *event);
bool event_is_queued(const event_queue_t *queue, const event_t *event);
event_t *event_get(event_queue_t *queue);
event_t *event_wait_multi(event_queue_t *queues, size_t n_queues);

static inline event_t *event_wait(event_queue_t *queue)
{
    return event_wait_multi(queue, 1);
}

static inline void event_loop_multi(event_queue_t *queues, size_t n_queues)
{
    event_t *event;

    while ((event = event_wait_multi(queues, n_queues))) {
        event->handler(event);
    }
}

static inline void event_loop(event_queue_t *queue)
{
    event_loop_multi(queue, 1);
}

#ifdef __cplusplus
}
#endif

#endif /* EVENT_H */

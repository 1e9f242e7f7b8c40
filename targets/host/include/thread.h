/*
 * Host port of RIOT's thread.h, reduced to what event queues need: the host port runs
 * one thread, the process's main thread, which owns every queue it initialises.
 */
#ifndef THREAD_H
#define THREAD_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _thread thread_t;

thread_t *thread_get_active(void);

#ifdef __cplusplus
}
#endif

#endif /* THREAD_H */

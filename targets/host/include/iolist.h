/*
 * Host port of RIOT's iolist.h.
 */
#ifndef IOLIST_H
#define IOLIST_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct iolist iolist_t;

struct iolist {
    iolist_t *iol_next;
    void *iol_base;
    size_t iol_len;
};

#ifdef __cplusplus
}
#endif

#endif /* IOLIST_H */

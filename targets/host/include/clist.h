/*
 * Host port of RIOT's circular list (clist.h), reduced to what event.h needs.
 * A list points to its last node; last->next is the first node.
 */
#ifndef CLIST_H
#define CLIST_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct list_node {
    struct list_node *next;
} list_node_t;

typedef list_node_t clist_node_t;

static inline void clist_rpush(clist_node_t *list, clist_node_t *new_node)
{
    if (list->next) {
        new_node->next = list->next->next;
        list->next->next = new_node;
    }
    else {
        new_node->next = new_node;
    }
    list->next = new_node;
}

static inline clist_node_t *clist_lpop(clist_node_t *list)
{
    if (list->next) {
        clist_node_t *first = list->next->next;
        if (list->next == first) {
            list->next = NULL;
        }
        else {
            list->next->next = first->next;
        }
        return first;
    }
    return NULL;
}

static inline clist_node_t *clist_remove(clist_node_t *list, clist_node_t *node)
{
    if (list->next) {
        clist_node_t *pos = list->next;
        do {
            if (pos->next == node) {
                if (node == node->next) {
                    list->next = NULL;
                }
                else {
                    pos->next = node->next;
                    if (list->next == node) {
                        list->next = pos;
                    }
                }
                return node;
            }
            pos = pos->next;
        } while (pos != list->next);
    }
    return NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* CLIST_H */

/*
 * The host stack's sock objects. RIOT's API headers leave these incomplete; each stack
 * defines them. A host sock wraps one Linux socket and carries RIOT's async context.
 */
#ifndef SOCK_TYPES_H
#define SOCK_TYPES_H

#include <stdbool.h>

#include "net/sock.h"
#include "net/sock/async/types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Generic part of every host sock: the registration the host stack polls. */
typedef struct host_sock_reg {
    struct host_sock_reg *next;     /* list of open socks the stack polls */
    int fd;                         /* Linux socket, -1 when closed */
    void (*readable)(struct host_sock_reg *reg);   /* the stack saw new data */
#ifdef SOCK_HAS_ASYNC
    void (*async_cb)(void *sock, sock_async_flags_t flags, void *arg);
    void *async_cb_arg;
#ifdef SOCK_HAS_ASYNC_CTX
    sock_async_ctx_t async_ctx;
#endif
#endif
} host_sock_reg_t;

struct sock_udp {
    host_sock_reg_t reg;
    struct _sock_tl_ep local;
    struct _sock_tl_ep remote;
    uint16_t flags;
};

struct sock_ip {
    host_sock_reg_t reg;
    sock_ip_ep_t local;
    sock_ip_ep_t remote;
    uint8_t proto;
};

struct sock_tcp {
    host_sock_reg_t reg;
    struct sock_tcp_queue *queue;   /* the listen queue it was accepted from, or NULL */
    bool open;                      /* connected (a zeroed sock is not: fd 0 is not ours) */
    uint32_t stale;                 /* bytes that arrived before the callback was set: no event */
    bool fin;                       /* the end of the stream (or a failure) was announced */
    bool fin_lost;                  /* the FIN came with unread data: reads never report it (lwIP) */
    bool fin_lost_told;             /* ...and the CONN_FIN lwIP raises once that data is read */
    int err;                        /* a failure seen while looking (Linux reports it once) */
};

struct sock_tcp_queue {
    host_sock_reg_t reg;
    bool open;                      /* listening */
    struct sock_tcp *array;
    unsigned len;
    unsigned used;
};

#ifdef __cplusplus
}
#endif

#endif /* SOCK_TYPES_H */

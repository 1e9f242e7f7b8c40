/*
 * The host stack's registry and poller, plus the process-level glue a RIOT board gives a
 * program: one thread, and stdout that is not held back in a buffer.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "host_net.h"
#include "host_stack.h"
#include "thread.h"

struct _thread {
    int pid;
};

static thread_t _main_thread = { .pid = 1 };

thread_t *thread_get_active(void)
{
    return &_main_thread;
}

__attribute__((constructor))
static void _host_stdio_init(void)
{
    /* RIOT's stdio writes each line out at once; so must a piped host process */
    setvbuf(stdout, NULL, _IOLBF, 0);
}

int host_stack_register(host_sock_reg_t *reg)
{
    return host_poll_add(reg->fd, reg);
}

void host_stack_unregister(host_sock_reg_t *reg)
{
    host_poll_del(reg->fd);
}

static void _ready(void *ctx)
{
    host_sock_reg_t *reg = ctx;
    if (reg->readable) {
        reg->readable(reg);
    }
}

int host_stack_run(int timeout_ms)
{
    return host_poll_wait(timeout_ms, _ready);
}

int host_addr_from_riot(int family, const uint8_t *addr, uint16_t netif, uint16_t port, host_addr_t *a)
{
    memset(a, 0, sizeof(*a));
    switch (family) {
    case AF_INET6:
        a->v6 = 1;
        memcpy(a->addr, addr, 16);
        break;
    case AF_INET:
        memcpy(a->addr, addr, 4);
        break;
    default:
        return -EAFNOSUPPORT;
    }
    a->port = port;
    a->scope = netif;
    return 0;
}

int host_addr_to_riot(const host_addr_t *a, uint8_t *addr, uint16_t *netif, uint16_t *port)
{
    memcpy(addr, a->addr, a->v6 ? 16 : 4);
    *netif = a->scope;
    *port = a->port;
    return a->v6 ? AF_INET6 : AF_INET;
}

int host_tl_ep_to_addr(const struct _sock_tl_ep *ep, host_addr_t *a)
{
    return host_addr_from_riot(ep->family, ep->addr.ipv6, ep->netif, ep->port, a);
}

void host_tl_ep_from_addr(const host_addr_t *a, struct _sock_tl_ep *ep)
{
    memset(ep, 0, sizeof(*ep));
    ep->family = host_addr_to_riot(a, ep->addr.ipv6, &ep->netif, &ep->port);
}

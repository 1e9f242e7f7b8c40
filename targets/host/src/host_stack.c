/*
 * The host stack's registry and poller, plus the process-level glue a RIOT board gives a
 * program: one thread, and stdout that is not held back in a buffer.
 */
#include <stdio.h>

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

void host_stack_run(int timeout_ms)
{
    host_poll_wait(timeout_ms, _ready);
}

/*
 * Host port of ztimer: one list of armed timers sorted by deadline, on CLOCK_MONOTONIC, or
 * on the test harness's virtual clock when it started the program (host_control.c).
 * A timer's callback runs from host_timers_fire(), which the event loop calls after each
 * wait, as RIOT runs it from the timer interrupt.
 */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "ztimer.h"
#include "host_control.h"

/* The harness's channel is part of the network build; a program without one has real time. */
int host_control_active(void) __attribute__((weak));
uint64_t host_clock_virtual_us(void) __attribute__((weak));
void host_clock_virtual_sleep(uint64_t us) __attribute__((weak));
int host_control_advancing(void) __attribute__((weak));

static int _virtual(void)
{
    return host_control_active && host_control_active();
}

static ztimer_clock_t _usec = { 1 };
static ztimer_clock_t _msec = { 1000 };
static ztimer_clock_t _sec = { 1000000 };
ztimer_clock_t *const ZTIMER_USEC = &_usec;
ztimer_clock_t *const ZTIMER_MSEC = &_msec;
ztimer_clock_t *const ZTIMER_SEC = &_sec;

static ztimer_base_t *_armed;

static uint64_t _monotonic_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* The clocks count from the program's start, as RIOT's count from boot (FACTS trap 12), not
 * from the machine's: CLOCK_MONOTONIC at start-up, taken before main runs. */
static uint64_t _boot_us;

__attribute__((constructor)) static void _at_boot(void)
{
    _boot_us = _monotonic_us();
}

uint64_t host_now_us(void)
{
    if (_virtual()) {
        return host_clock_virtual_us();
    }
    return _monotonic_us() - _boot_us;
}

ztimer_now_t ztimer_now(ztimer_clock_t *clock)
{
    return (ztimer_now_t)(host_now_us() / clock->us_per_tick);
}

static void _unlink(ztimer_base_t *t)
{
    for (ztimer_base_t **p = &_armed; *p; p = &(*p)->next) {
        if (*p == t) {
            *p = t->next;
            break;
        }
    }
    t->next = NULL;
    t->armed = false;
}

void host_timer_set_deadline(ztimer_t *timer, uint64_t deadline_us)
{
    if (timer->base.armed) {
        _unlink(&timer->base);
    }
    timer->base.deadline_us = deadline_us;
    timer->base.armed = true;
    ztimer_base_t **p = &_armed;
    while (*p && (*p)->deadline_us <= deadline_us) {
        p = &(*p)->next;
    }
    timer->base.next = *p;
    *p = &timer->base;
}

uint32_t ztimer_set(ztimer_clock_t *clock, ztimer_t *timer, uint32_t val)
{
    uint64_t now = host_now_us();
    host_timer_set_deadline(timer, now + (uint64_t)val * clock->us_per_tick);
    return (uint32_t)(now / clock->us_per_tick);
}

bool ztimer_remove(ztimer_clock_t *clock, ztimer_t *timer)
{
    (void)clock;
    if (!timer->base.armed) {
        return false;
    }
    _unlink(&timer->base);
    return true;
}

unsigned ztimer_is_set(const ztimer_clock_t *clock, const ztimer_t *timer)
{
    (void)clock;
    return timer->base.armed;
}

void ztimer_sleep(ztimer_clock_t *clock, uint32_t duration)
{
    uint64_t us = (uint64_t)duration * clock->us_per_tick;
    if (_virtual()) {
        host_clock_virtual_sleep(us);
        return;
    }
    struct timespec ts = { .tv_sec = (time_t)(us / 1000000u), .tv_nsec = (long)(us % 1000000u) * 1000 };
    while (nanosleep(&ts, &ts) != 0) {
        /* interrupted: sleep the rest */
    }
}

int host_timers_next_ms(void)
{
    if (_virtual()) {
        /* virtual time moves only in host_control_idle(): look at the network and go on */
        uint64_t now = host_now_us();
        return ((_armed && _armed->deadline_us <= now) || host_control_advancing()) ? 0 : -1;
    }
    if (!_armed) {
        return -1;
    }
    uint64_t now = host_now_us();
    if (_armed->deadline_us <= now) {
        return 0;
    }
    /* round up: waking early would only spin */
    return (int)((_armed->deadline_us - now + 999u) / 1000u);
}

int host_timers_fire(void)
{
    uint64_t now = host_now_us();
    int fired = 0;
    while (_armed && _armed->deadline_us <= now) {
        ztimer_t *t = (ztimer_t *)_armed;
        _unlink(&t->base);
        t->callback(t->arg);
        fired++;
    }
    return fired;
}

const uint64_t *host_timers_next_deadline(void)
{
    return _armed ? &_armed->deadline_us : NULL;
}

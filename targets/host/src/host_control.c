/*
 * The test harness's control channel. riotscript/testing starts a host-target firmware with
 * RIOTSCRIPT_CONTROL=<fd>, a socket of its own; `riotscript run` never does, so a program run
 * by hand keeps real time and real ports. With the channel:
 *
 * - a virtual clock: ztimer counts from 0 and moves only when the harness says
 *   `advance <ms>`; the timers that come due then fire in deadline order, each with the
 *   network taken in and the queue run empty before the clock moves on, and the answer
 *   `advanced <now ms> <next deadline ms, or -1>` goes back once the program is idle at the
 *   new time;
 * - a port map, so that no two firmwares (nor any other program on the machine) collide on
 *   the fixed ports of their source: a bind to port P takes a free port of Linux's, R, and
 *   the program goes on seeing P. `port <u|t> <P>` asks for R (0: nothing is bound there),
 *   `real <u|t> <R>` for the program's number of Linux's port R, and `peer <u|t> <P> <R>`
 *   says that a test peer the program addresses as P is at R;
 * - `hold` stops the program at the top of its event loop, as if a handler ran long, and
 *   `go` lets it on: what a test sends meanwhile is all there when it next looks (a client
 *   that connects, sends and closes at once, as `echo hi | nc -N` does).
 *
 * Lines are answered in order, one answer per command. The program exits when the harness
 * closes the channel, so no firmware outlives its test.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host_control.h"
#include "host_net.h"
#include "sock_types.h"

#define _PORTS_MAX  (32U)

typedef struct {
    uint16_t fw;        /* the port as the program sees it */
    uint16_t real;      /* Linux's */
    uint8_t tcp;
    uint8_t peer;       /* a test peer's (declared by the harness), not one the program bound */
} _port_t;

static int _fd = -1;
static host_sock_reg_t _reg;
static char _line[128];
static size_t _line_len;

static _port_t _ports[_PORTS_MAX];
static unsigned _n_ports;

static int _held;
static uint64_t _now_us;
static uint64_t _target_us;
static int _advancing;

static void _answer(const char *text)
{
    size_t len = strlen(text);
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(_fd, text + done, len - done);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            _exit(0);   /* the harness is gone */
        }
        done += (size_t)n;
    }
}

static void _command(char *line)
{
    char answer[64];
    char proto;
    unsigned long a;
    unsigned long b;
    if (sscanf(line, "advance %lu", &a) == 1) {
        _target_us = _now_us + (uint64_t)a * 1000u;
        _advancing = 1;     /* answered by host_control_idle() once the clock is there */
    }
    else if (sscanf(line, "port %c %lu", &proto, &a) == 2) {
        snprintf(answer, sizeof(answer), "port %c %lu %u\n", proto, a, host_port_bound_at(proto == 't', (uint16_t)a));
        _answer(answer);
    }
    else if (strcmp(line, "hold") == 0) {
        _held = 1;      /* the program stops at the top of its loop until `go` */
        _answer("ok\n");
    }
    else if (strcmp(line, "go") == 0) {
        _held = 0;
        _answer("ok\n");
    }
    else if (sscanf(line, "real %c %lu", &proto, &a) == 2) {
        snprintf(answer, sizeof(answer), "real %c %lu %u\n", proto, a, host_port_in(proto == 't', (uint16_t)a));
        _answer(answer);
    }
    else if (sscanf(line, "peer %c %lu %lu", &proto, &a, &b) == 3 && _n_ports < _PORTS_MAX) {
        _ports[_n_ports++] = (_port_t){ .fw = (uint16_t)a, .real = (uint16_t)b, .tcp = (proto == 't'), .peer = 1 };
        _answer("ok\n");
    }
    else {
        _answer("error\n");
    }
}

static void _readable(host_sock_reg_t *reg)
{
    (void)reg;
    for (;;) {
        char c;
        ssize_t n = read(_fd, &c, 1);
        if (n == 0) {
            _exit(0);
        }
        if (n < 0) {
            return;     /* EAGAIN: all read (the poller is edge-triggered) */
        }
        if (c == '\n') {
            _line[_line_len] = '\0';
            _line_len = 0;
            _command(_line);
        }
        else if (_line_len < sizeof(_line) - 1) {
            _line[_line_len++] = c;
        }
    }
}

int host_control_active(void)
{
    static int checked;
    if (!checked) {
        checked = 1;
        const char *env = getenv("RIOTSCRIPT_CONTROL");
        if (env && *env) {
            _fd = atoi(env);
            if (fcntl(_fd, F_SETFL, fcntl(_fd, F_GETFL) | O_NONBLOCK) < 0) {
                _fd = -1;
            }
        }
        if (_fd >= 0) {
            _reg.fd = _fd;
            _reg.readable = _readable;
            if (host_poll_add(_fd, &_reg) < 0) {
                _fd = -1;
            }
            else {
                _answer("hello\n");
            }
        }
    }
    return _fd >= 0;
}

/* Blocks until the harness sends something, and handles it (the program is busy meanwhile). */
static void _wait_command(void)
{
    struct pollfd p = { .fd = _fd, .events = POLLIN };
    if (poll(&p, 1, -1) > 0) {
        _readable(&_reg);
    }
}

__attribute__((constructor))
static void _control_init(void)
{
    host_control_active();
}

/* --- the clock --------------------------------------------------------------------- */

uint64_t host_clock_virtual_us(void)
{
    return _now_us;
}

/* The timers, for the answer to an advance that ends during a sleep (ztimer.c, which a
 * program that sleeps has). */
const uint64_t *host_timers_next_deadline(void) __attribute__((weak));

static void _advanced(const uint64_t *next_deadline_us);

void host_clock_virtual_sleep(uint64_t us)
{
    /* The thread sleeps until the harness has let `us` pass: it handles nothing else, so what
     * arrives meanwhile waits in the sockets, and what came due runs when the program next
     * waits, as on RIOT (and as in the simulation). */
    uint64_t end = _now_us + us;
    while (_now_us < end) {
        if (!_advancing) {
            _wait_command();
            continue;
        }
        if (_target_us <= end) {
            _now_us = _target_us;
            _advancing = 0;
            _advanced(host_timers_next_deadline ? host_timers_next_deadline() : NULL);
        }
        else {
            _now_us = end;  /* the rest of the advance goes on once the program waits again */
        }
    }
}

int host_control_advancing(void)
{
    return _advancing;
}

void host_control_hold_point(void)
{
    while (_held) {
        _wait_command();
    }
}

void host_control_idle(const uint64_t *next_deadline_us)
{
    if (!_advancing) {
        return;
    }
    if (next_deadline_us && *next_deadline_us <= _target_us) {
        if (*next_deadline_us > _now_us) {
            _now_us = *next_deadline_us;    /* the loop fires it, then comes back here */
        }
        return;
    }
    if (_target_us > _now_us) {
        _now_us = _target_us;
    }
    _advancing = 0;
    _advanced(next_deadline_us);
}

static void _advanced(const uint64_t *next_deadline_us)
{
    char answer[64];
    if (next_deadline_us) {
        /* and when the next timer is due, rounded up to the ms: nothing happens before it
         * unless something comes in */
        snprintf(answer, sizeof(answer), "advanced %llu %llu\n", (unsigned long long)(_now_us / 1000u),
                 (unsigned long long)((*next_deadline_us + 999u) / 1000u));
    }
    else {
        snprintf(answer, sizeof(answer), "advanced %llu -1\n", (unsigned long long)(_now_us / 1000u));
    }
    _answer(answer);
}

/* --- the port map ------------------------------------------------------------------ */

uint16_t host_port_out(int tcp, uint16_t port)
{
    /* a test peer first, then the program's own (it may send to itself) */
    for (int peer = 1; peer >= 0; peer--) {
        for (unsigned i = 0; i < _n_ports; i++) {
            if (_ports[i].peer == peer && _ports[i].tcp == !!tcp && _ports[i].fw == port) {
                return _ports[i].real;
            }
        }
    }
    return port;
}

uint16_t host_port_in(int tcp, uint16_t port)
{
    for (unsigned i = 0; i < _n_ports; i++) {
        if (_ports[i].tcp == !!tcp && _ports[i].real == port) {
            return _ports[i].fw;
        }
    }
    return port;
}

int host_port_is_program_port(int tcp, uint16_t port)
{
    for (unsigned i = 0; i < _n_ports; i++) {
        if (_ports[i].tcp == !!tcp && (_ports[i].fw == port)) {
            return 1;
        }
    }
    return 0;
}

uint16_t host_port_bound_at(int tcp, uint16_t port)
{
    for (unsigned i = 0; i < _n_ports; i++) {
        if (!_ports[i].peer && _ports[i].tcp == !!tcp && _ports[i].fw == port) {
            return _ports[i].real;
        }
    }
    return 0;
}

void host_port_bound(int tcp, uint16_t port, uint16_t real)
{
    for (unsigned i = 0; i < _n_ports; i++) {
        if (!_ports[i].peer && _ports[i].tcp == !!tcp && _ports[i].fw == port) {
            _ports[i].real = real;
            return;
        }
    }
    if (_n_ports < _PORTS_MAX) {
        _ports[_n_ports++] = (_port_t){ .fw = port, .real = real, .tcp = !!tcp };
    }
}

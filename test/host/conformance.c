/*
 * Conformance of the host port with RIOT's sock/event semantics (FACTS.md), on real
 * loopback sockets. Each check prints "ok - ..." or "not ok - ..."; the exit status is the
 * number of failures. Built and run by test/host.test.ts, with ASan and UBSan.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "event.h"
#include "net/af.h"
#include "net/sock/async/event.h"
#include "net/sock/udp.h"
#include "net/sock/util.h"
#include "ztimer.h"

static int failures;

#define CHECK(cond, what) do { \
        if (cond) { printf("ok - %s\n", what); } \
        else { printf("not ok - %s (line %d)\n", what, __LINE__); failures++; } \
    } while (0)

static event_queue_t queue;
static sock_udp_t a, b, c;
static unsigned calls;
static sock_async_flags_t seen[16];
static int recv_in_handler;

static void handler(sock_udp_t *sock, sock_async_flags_t flags, void *arg)
{
    (void)arg;
    if (calls < 16) {
        seen[calls] = flags;
    }
    calls++;
    if (recv_in_handler && (flags & SOCK_ASYNC_MSG_RECV)) {
        uint8_t buf[64];
        sock_udp_recv(sock, buf, sizeof(buf), 0, NULL);
    }
}

static void run_queue(void)
{
    event_t *ev;
    while ((ev = event_get(&queue))) {
        ev->handler(ev);
    }
}

static void wait_queue(void)
{
    ev_wait:;
    event_t *ev = event_wait(&queue);
    ev->handler(ev);
    if (event_is_queued(&queue, ev)) {
        goto ev_wait;
    }
}

static void send_to(sock_udp_t *from, sock_udp_t *to, size_t len)
{
    uint8_t data[256];
    sock_udp_ep_t ep;
    memset(data, 0x55, sizeof(data));
    sock_udp_get_local(to, &ep);
    sock_udp_send(from, data, len, &ep);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(void)
{
    uint8_t buf[100];
    sock_udp_ep_t local = SOCK_IPV6_EP_ANY, remote, ep;

    CHECK(ztimer_now(ZTIMER_MSEC) < 1000, "ZTIMER_MSEC starts near 0 at boot, as on RIOT (FACTS trap 12)");
    CHECK(AF_INET == 3 && AF_INET6 == 4, "RIOT's address family numbers");

    sock_udp_str2ep(&local, "[::1]:0");
    CHECK(sock_udp_create(&a, &local, NULL, 0) == 0, "create on [::1]:0");
    CHECK(sock_udp_create(&b, &local, NULL, 0) == 0, "create a second sock");
    CHECK(sock_udp_get_local(&a, &ep) == 0 && ep.port >= 49152, "ephemeral port from 49152..65535");
    CHECK(ep.family == AF_INET6, "local endpoint family is AF_INET6");

    CHECK(sock_udp_recv(&a, buf, sizeof(buf), 0, NULL) == -EAGAIN, "timeout 0 and nothing queued: -EAGAIN");
    double t0 = now_ms();
    CHECK(sock_udp_recv(&a, buf, sizeof(buf), 20000, NULL) == -ETIMEDOUT, "timeout 20 ms: -ETIMEDOUT");
    CHECK(now_ms() - t0 >= 19.5, "the timeout waited at least 20 ms");

    /* oversize: consumed and dropped, buffer untouched, remote filled */
    send_to(&b, &a, 200);
    memset(buf, 0xAA, sizeof(buf));
    memset(&remote, 0, sizeof(remote));
    CHECK(sock_udp_recv(&a, buf, sizeof(buf), 100000, &remote) == -ENOBUFS, "oversize datagram: -ENOBUFS");
    int untouched = 1;
    for (size_t i = 0; i < sizeof(buf); i++) {
        untouched &= (buf[i] == 0xAA);
    }
    CHECK(untouched, "an oversize datagram does not touch the buffer");
    sock_udp_get_local(&b, &ep);
    CHECK(remote.port == ep.port, "remote is filled on -ENOBUFS");
    CHECK(sock_udp_recv(&a, buf, sizeof(buf), 0, NULL) == -EAGAIN, "the oversize datagram was dropped");
    send_to(&b, &a, 100);
    CHECK(sock_udp_recv(&a, buf, sizeof(buf), 100000, NULL) == 100, "a datagram of exactly max_len fits");
    send_to(&b, &a, 0);
    CHECK(sock_udp_recv(&a, buf, sizeof(buf), 100000, NULL) == 0, "an empty datagram returns 0");

    /* flags coalesce: MSG_RECV raised at init (data pending) and MSG_SENT from a send,
     * before the handler runs, give ONE call with 0x30, like RIOT's own test */
    event_queue_init(&queue);
    send_to(&b, &a, 10);
    send_to(&b, &a, 10);
    struct timespec pause = { 0, 20 * 1000 * 1000 };
    nanosleep(&pause, NULL);
    sock_udp_event_init(&a, &queue, handler, NULL);
    send_to(&a, &b, 10);
    send_to(&a, &b, 10);
    run_queue();
    CHECK(calls == 1 && seen[0] == (SOCK_ASYNC_MSG_RECV | SOCK_ASYNC_MSG_SENT),
          "raises before the handler runs coalesce into one call with flags 0x30");

    /* MSG_RECV is re-raised after each recv while datagrams remain */
    calls = 0;
    recv_in_handler = 1;
    CHECK(sock_udp_recv(&a, buf, sizeof(buf), 0, NULL) == 10, "first queued datagram");
    run_queue();
    CHECK(calls == 1 && seen[0] == SOCK_ASYNC_MSG_RECV, "re-raised MSG_RECV for the second datagram");
    run_queue();
    CHECK(calls == 1, "no MSG_RECV once the sock is drained");

    /* arrivals raise MSG_RECV through the event loop; a send in the handler raises a
     * later MSG_SENT call */
    calls = 0;
    send_to(&b, &a, 10);
    wait_queue();
    CHECK(calls >= 1 && (seen[0] & SOCK_ASYNC_MSG_RECV), "an arrival raises MSG_RECV in event_wait");

    /* send errors */
    sock_udp_ep_t zero_port = SOCK_IPV6_EP_ANY;
    sock_udp_str2ep(&zero_port, "[::1]");
    CHECK(sock_udp_send(&b, buf, 1, &zero_port) == -EINVAL, "remote port 0: -EINVAL");
    CHECK(sock_udp_send(&b, buf, 1, NULL) == -ENOTCONN, "no remote at all: -ENOTCONN");
    sock_udp_t unbound;
    CHECK(sock_udp_create(&unbound, NULL, NULL, 0) == 0, "create without a local endpoint");
    CHECK(sock_udp_recv(&unbound, buf, sizeof(buf), 0, NULL) == -EADDRNOTAVAIL, "unbound recv: -EADDRNOTAVAIL");
    CHECK(sock_udp_get_local(&unbound, &ep) == -EADDRNOTAVAIL, "unbound get_local: -EADDRNOTAVAIL");
    sock_udp_get_local(&b, &ep);
    CHECK(sock_udp_send(&unbound, buf, 5, &ep) == 5, "first send binds implicitly");
    CHECK(sock_udp_get_local(&unbound, &ep) == 0 && ep.port >= 49152, "implicit bind to an ephemeral port");
    sock_udp_close(&unbound);

    /* a unicast remote restricts the sock: others get -EPROTO, remote still filled */
    sock_udp_get_local(&b, &ep);
    sock_udp_ep_t c_local;
    sock_udp_str2ep(&c_local, "[::1]:0");
    CHECK(sock_udp_create(&c, &c_local, &ep, 0) == 0, "create with a remote");
    CHECK(sock_udp_get_remote(&c, &remote) == 0 && remote.port == ep.port, "get_remote");
    send_to(&a, &c, 4);
    memset(&remote, 0, sizeof(remote));
    CHECK(sock_udp_recv(&c, buf, sizeof(buf), 100000, &remote) == -EPROTO, "datagram from another peer: -EPROTO");
    sock_udp_get_local(&a, &ep);
    CHECK(remote.port == ep.port, "remote is filled on -EPROTO");
    send_to(&b, &c, 4);
    CHECK(sock_udp_recv(&c, buf, sizeof(buf), 100000, NULL) == 4, "datagram from the remote is accepted");
    sock_udp_close(&c);

    /* IPv4 */
    sock_udp_t v4a, v4b;
    sock_udp_ep_t v4 = SOCK_IPV4_EP_ANY;
    sock_udp_str2ep(&v4, "127.0.0.1:0");
    CHECK(v4.family == AF_INET, "parse 127.0.0.1");
    CHECK(sock_udp_create(&v4a, &v4, NULL, 0) == 0 && sock_udp_create(&v4b, &v4, NULL, 0) == 0, "IPv4 socks");
    send_to(&v4b, &v4a, 7);
    CHECK(sock_udp_recv(&v4a, buf, sizeof(buf), 100000, &remote) == 7, "IPv4 datagram received");
    CHECK(remote.family == AF_INET && remote.addr.ipv4[0] == 127 && remote.addr.ipv4[3] == 1, "IPv4 sender");
    CHECK(sock_udp_create(&c, &v4, &ep, 0) == -EINVAL, "local and remote of different families: -EINVAL");
    sock_udp_close(&v4a);
    sock_udp_close(&v4b);

    /* sock_util parsing */
    CHECK(sock_udp_str2ep(&ep, "[::1]:12345") == 0 && ep.family == AF_INET6 && ep.port == 12345, "[::1]:12345");
    CHECK(sock_udp_str2ep(&ep, "[fe80::1%6]:5683") == 0 && ep.netif == 6 && ep.port == 5683, "netif in brackets");
    CHECK(sock_udp_str2ep(&ep, "192.0.2.1:80") == 0 && ep.family == AF_INET && ep.addr.ipv4[3] == 1, "IPv4 text");
    CHECK(sock_udp_str2ep(&ep, "not an address") == -EINVAL, "garbage: -EINVAL");
    CHECK(sock_udp_str2ep(&ep, "[::1]:123456") == -EINVAL, "port too long: -EINVAL");

    /* close cancels a pending event */
    send_to(&a, &b, 1);
    CHECK(event_is_queued(&queue, &sock_udp_get_async_ctx(&a)->event.super), "MSG_SENT event queued");
    sock_udp_event_close(&a);
    CHECK(event_get(&queue) == NULL, "closing the sock cancels its queued event");
    sock_udp_close(&b);

    printf("%d failed\n", failures);
    return failures;
}

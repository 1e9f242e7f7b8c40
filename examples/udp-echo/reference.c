/*
 * Hand-written reference for examples/udp-echo/main.ts: RIOT's asynchronous UDP echo
 * server from the net/sock/async/event.h documentation, with static storage. The
 * benchmark (npm run bench) compares the generated C against this file.
 */
#include <stdio.h>

#include "event.h"
#include "net/sock/async/event.h"
#include "net/sock/udp.h"

static event_queue_t queue;
static sock_udp_t sock;
static uint8_t buf[128];

static void handler(sock_udp_t *sock, sock_async_flags_t flags, void *arg)
{
    (void)arg;
    if (flags & SOCK_ASYNC_MSG_RECV) {
        sock_udp_ep_t remote;
        ssize_t n = sock_udp_recv(sock, buf, sizeof(buf), 0, &remote);

        if (n >= 0) {
            puts("Received a message");
            if (sock_udp_send(sock, buf, n, &remote) < 0) {
                puts("Error sending reply");
            }
        }
    }
}

int main(void)
{
    sock_udp_ep_t local = SOCK_IPV6_EP_ANY;

    local.port = 12345;
    if (sock_udp_create(&sock, &local, NULL, 0) < 0) {
        puts("Error creating UDP sock");
        return 1;
    }
    event_queue_init(&queue);
    sock_udp_event_init(&sock, &queue, handler, NULL);
    event_loop(&queue);
    return 0;
}

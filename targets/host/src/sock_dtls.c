/*
 * Host port of RIOT's DTLS sock (net/sock/dtls.h) on OpenSSL (host_dtls.c), with the
 * behaviour of RIOT's tinydtls sock:
 * - one UDP sock carries every session; sock_dtls_event_init also delivers the UDP sock's
 *   events to the queue, and DTLS events come out of handling them;
 * - CONN_RECV when a handshake finishes (recv then returns -SOCK_DTLS_HANDSHAKE and fills
 *   the session), MSG_RECV for each decrypted record, CONN_FIN on close_notify, MSG_SENT
 *   after each send;
 * - no state before a ClientHello's cookie checks out: one without it gets a HelloVerifyRequest
 *   from here (tinydtls's stateless first step), and OpenSSL takes the cookie'd one through
 *   DTLSv1_listen;
 * - CONFIG_DTLS_PEER_MAX sessions or handshakes at a time; a ClientHello beyond them gets a
 *   fatal internal_error alert; datagrams that are not DTLS are dropped;
 * - after an -ENOBUFS with events on, the sock receives nothing more until it is closed, as
 *   tinydtls's (which does not release the UDP sock's buffer then);
 * - a client whose Finished does not decrypt (another key) gets no answer and keeps its slot
 *   until it starts over with a new ClientHello, or the sock is closed.
 * sock_dtls_close leaves the UDP sock open.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "net/sock/async.h"
#ifdef SOCK_HAS_ASYNC_CTX
#include "net/sock/async/event.h"
#endif
#include "net/sock/dtls.h"
#include "host_dtls.h"

/* One finished handshake (len < 0) or decrypted record, waiting for sock_dtls_recv. */
typedef struct pending {
    struct pending *next;
    sock_udp_ep_t ep;
    ssize_t len;
    uint8_t data[];
} pending_t;

typedef struct {
    sock_dtls_t *sock;
    int peer;
} out_arg_t;

static out_arg_t _out_args[CONFIG_DTLS_PEER_MAX * 8];

static void _raise(sock_dtls_t *sock, sock_async_flags_t flags)
{
    if (sock->async_cb) {
        sock->async_cb(sock, flags, sock->async_cb_arg);
    }
}

static bool _same_ep(const sock_udp_ep_t *a, const sock_udp_ep_t *b)
{
    return a->family == b->family && a->port == b->port
           && memcmp(a->addr.ipv6, b->addr.ipv6, (a->family == AF_INET6) ? 16 : 4) == 0;
}

static int _find(sock_dtls_t *sock, const sock_udp_ep_t *ep)
{
    for (int i = 0; i < CONFIG_DTLS_PEER_MAX; i++) {
        if (sock->peers[i].conn && _same_ep(&sock->peers[i].ep, ep)) {
            return i;
        }
    }
    return -1;
}

static void _send(void *arg, const uint8_t *data, size_t len)
{
    out_arg_t *o = arg;
    sock_udp_send(o->sock->udp, data, len, &o->sock->peers[o->peer].ep);
}

/* The bytes that name a peer for its cookie: family, address, port (no struct padding). */
static size_t _peer_id(const sock_udp_ep_t *ep, uint8_t id[19])
{
    id[0] = (uint8_t)ep->family;
    memcpy(id + 1, ep->addr.ipv6, 16);
    if (ep->family != AF_INET6) {
        memset(id + 5, 0, 12);
    }
    id[17] = (uint8_t)(ep->port >> 8);
    id[18] = (uint8_t)ep->port;
    return 19;
}

static int _open(sock_dtls_t *sock, const sock_udp_ep_t *ep)
{
    for (int i = 0; i < CONFIG_DTLS_PEER_MAX; i++) {
        if (!sock->peers[i].conn) {
            /* the out callback's argument lives as long as the process (the slot may be reused) */
            out_arg_t *o = NULL;
            for (size_t k = 0; k < sizeof(_out_args) / sizeof(_out_args[0]); k++) {
                if (_out_args[k].sock == NULL || (_out_args[k].sock == sock && _out_args[k].peer == i)) {
                    o = &_out_args[k];
                    break;
                }
            }
            if (!o) {
                return -ENOMEM;
            }
            o->sock = sock;
            o->peer = i;
            sock->peers[i].ep = *ep;
            uint8_t id[19];
            sock->peers[i].conn = host_dtls_conn_new(sock->ctx, id, _peer_id(ep, id), _send, o);
            return sock->peers[i].conn ? i : -ENOMEM;
        }
    }
    return -ENOMEM;
}

static void _drop(sock_dtls_t *sock, int i)
{
    host_dtls_conn_free(sock->peers[i].conn);
    sock->peers[i].conn = NULL;
}

static void _queue(sock_dtls_t *sock, const sock_udp_ep_t *ep, const uint8_t *data, ssize_t len)
{
    pending_t *p = malloc(sizeof(*p) + ((len > 0) ? (size_t)len : 0));
    if (!p) {
        return;
    }
    p->next = NULL;
    p->ep = *ep;
    p->len = len;
    if (len > 0) {
        memcpy(p->data, data, (size_t)len);
    }
    if (sock->pending_tail) {
        ((pending_t *)sock->pending_tail)->next = p;
    }
    else {
        sock->pending = p;
    }
    sock->pending_tail = p;
    _raise(sock, (len < 0) ? SOCK_ASYNC_CONN_RECV : SOCK_ASYNC_MSG_RECV);
}

static bool _is_client_hello(const uint8_t *d, size_t n)
{
    /* a handshake record of epoch 0 holding a ClientHello */
    return n > 25 && d[0] == 22 && d[3] == 0 && d[4] == 0 && d[13] == 1;
}

/* tinydtls's answer when it has no room for a peer: "cannot create peer", and a fatal
 * internal_error alert in the clear, with the ClientHello's record number. */
static void _no_room(sock_dtls_t *sock, const uint8_t *hello, const sock_udp_ep_t *to)
{
    uint8_t alert[] = { 21, 0xfe, 0xfd, 0, 0, hello[5], hello[6], hello[7], hello[8], hello[9], hello[10],
                        0, 2, 2, 80 };
    sock_udp_send(sock->udp, alert, sizeof(alert), to);
}

static void _datagram(sock_dtls_t *sock, const uint8_t *d, size_t n, const sock_udp_ep_t *from)
{
    int i = _find(sock, from);
    bool hello = sock->role == SOCK_DTLS_SERVER && _is_client_hello(d, n);
    if (i >= 0 && hello && host_dtls_restartable(sock->peers[i].conn)) {
        _drop(sock, i);   /* tinydtls: a client that starts over replaces its old peer */
        i = -1;
    }
    if (i < 0) {
        if (!hello) {
            return;   /* not DTLS, or not for us: dropped without an answer */
        }
        /* no state before the cookie checks out, as tinydtls: a ClientHello without it gets a
         * HelloVerifyRequest from here, and nothing is kept */
        uint8_t id[19], hvr[64];
        size_t hvr_len = 0;
        int ok = host_dtls_hello_check(sock->ctx, id, _peer_id(from, id), d, n, hvr, sizeof(hvr), &hvr_len);
        if (ok <= 0) {
            if (ok == 0) {
                sock_udp_send(sock->udp, hvr, hvr_len, from);
            }
            return;
        }
        i = _open(sock, from);
        if (i < 0) {
            _no_room(sock, d, from);
            return;
        }
        if (host_dtls_accept_hello(sock->peers[i].conn, d, n) < 0) {
            _drop(sock, i);
        }
        return;
    }
    int ev = host_dtls_input(sock->peers[i].conn, d, n);
    if (ev & HOST_DTLS_FAILED) {
        _drop(sock, i);
        return;
    }
    if (ev & HOST_DTLS_CONNECTED) {
        _queue(sock, &sock->peers[i].ep, NULL, -1);
    }
    if (host_dtls_connected(sock->peers[i].conn)) {
        uint8_t rec[2048];
        ssize_t len;
        while ((len = host_dtls_read(sock->peers[i].conn, rec, sizeof(rec))) > 0) {
            _queue(sock, &sock->peers[i].ep, rec, len);
        }
        if (len == -2) {
            pending_t *c = malloc(sizeof(*c));
            if (c) {
                c->ep = sock->peers[i].ep;
                c->next = sock->closed;
                sock->closed = c;
            }
            _drop(sock, i);
            _raise(sock, SOCK_ASYNC_CONN_FIN);
        }
        else if (len == -1) {
            _drop(sock, i);
        }
    }
}

/* Feeds every datagram the UDP sock holds to the sessions. */
static void _pump(sock_dtls_t *sock)
{
    static uint8_t buf[2048];
    sock_udp_ep_t from;
    ssize_t n;
    while (sock->udp && (n = sock_udp_recv(sock->udp, buf, sizeof(buf), 0, &from)) != -EAGAIN) {
        if (sock->stalled) {
            continue;   /* dropped, as the stalled tinydtls sock's datagrams are */
        }
        if (n == -EADDRNOTAVAIL) {
            return;
        }
        if (n >= 0) {
            _datagram(sock, buf, (size_t)n, &from);
        }
    }
}

void sock_dtls_init(void)
{
}

int sock_dtls_create(sock_dtls_t *sock, sock_udp_t *udp_sock, credman_tag_t tag,
                     unsigned version, unsigned role)
{
    assert(sock && udp_sock);
    if (version != SOCK_DTLS_1_2 || (role != SOCK_DTLS_CLIENT && role != SOCK_DTLS_SERVER)) {
        return -1;
    }
    credman_credential_t cred;
    if (credman_get(&cred, tag, CREDMAN_TYPE_PSK) != CREDMAN_OK) {
        return -1;
    }
    memset(sock, 0, sizeof(*sock));
    sock->ctx = host_dtls_ctx_new(role == SOCK_DTLS_SERVER, cred.params.psk.id.s, cred.params.psk.id.len,
                                  cred.params.psk.key.s, cred.params.psk.key.len);
    if (!sock->ctx) {
        return -1;
    }
    sock->udp = udp_sock;
    sock->tag = tag;
    sock->role = role;
    return 0;
}

sock_udp_t *sock_dtls_get_udp_sock(sock_dtls_t *sock)
{
    return sock->udp;
}

int sock_dtls_session_init(sock_dtls_t *sock, const sock_udp_ep_t *ep, sock_dtls_session_t *remote)
{
    assert(sock && ep && remote);
    if ((ep->family != AF_INET6 && ep->family != AF_INET) || ep->port == 0) {
        return -EINVAL;
    }
    remote->ep = *ep;
    if (_find(sock, ep) >= 0) {
        return 0;
    }
    int i = _open(sock, ep);
    if (i < 0) {
        return -ENOMEM;
    }
    host_dtls_start(sock->peers[i].conn);
    return 1;
}

void sock_dtls_session_destroy(sock_dtls_t *sock, sock_dtls_session_t *remote)
{
    int i = _find(sock, &remote->ep);
    if (i >= 0) {
        host_dtls_close(sock->peers[i].conn);
        _drop(sock, i);
    }
}

void sock_dtls_session_get_udp_ep(const sock_dtls_session_t *session, sock_udp_ep_t *ep)
{
    *ep = session->ep;
}

void sock_dtls_session_set_udp_ep(sock_dtls_session_t *session, const sock_udp_ep_t *ep)
{
    session->ep = *ep;
}

ssize_t sock_dtls_recv_aux(sock_dtls_t *sock, sock_dtls_session_t *remote, void *data, size_t maxlen,
                           uint32_t timeout, sock_dtls_aux_rx_t *aux)
{
    (void)aux;
    assert(sock && remote && data);
    _pump(sock);
    pending_t *p = sock->pending;
    if (!p) {
        return (timeout == 0) ? -EAGAIN : -ETIMEDOUT;
    }
    sock->pending = p->next;
    if (!sock->pending) {
        sock->pending_tail = NULL;
    }
    else {
        _raise(sock, (((pending_t *)sock->pending)->len < 0) ? SOCK_ASYNC_CONN_RECV : SOCK_ASYNC_MSG_RECV);
    }
    remote->ep = p->ep;
    ssize_t res;
    if (p->len < 0) {
        res = -SOCK_DTLS_HANDSHAKE;
    }
    else if ((size_t)p->len > maxlen) {
        res = -ENOBUFS;
#ifdef SOCK_HAS_ASYNC
        /* tinydtls's sock, with events on, returns -ENOBUFS without releasing the UDP sock's
         * receive buffer, and receives nothing after it until it is closed */
        sock->stalled = (sock->async_cb != NULL);
#endif
    }
    else {
        memcpy(data, p->data, (size_t)p->len);
        res = p->len;
    }
    free(p);
    return res;
}

ssize_t sock_dtls_sendv_aux(sock_dtls_t *sock, sock_dtls_session_t *remote, const iolist_t *snips,
                            uint32_t timeout, sock_dtls_aux_tx_t *aux)
{
    (void)timeout;
    (void)aux;
    assert(sock && remote);
    int i = _find(sock, &remote->ep);
    if (i < 0 || !host_dtls_connected(sock->peers[i].conn)) {
        return -ENOTCONN;
    }
    uint8_t buf[2048];
    size_t len = 0;
    for (const iolist_t *s = snips; s; s = s->iol_next) {
        if (len + s->iol_len > sizeof(buf)) {
            return -ENOMEM;
        }
        memcpy(buf + len, s->iol_base, s->iol_len);
        len += s->iol_len;
    }
    if (host_dtls_write(sock->peers[i].conn, buf, len) < 0) {
        return -ENOMEM;
    }
    _raise(sock, SOCK_ASYNC_MSG_SENT);
    return (ssize_t)len;
}

void sock_dtls_close(sock_dtls_t *sock)
{
    assert(sock);
#ifdef SOCK_HAS_ASYNC_CTX
    sock_event_close(&sock->async_ctx);
#endif
    for (int i = 0; i < CONFIG_DTLS_PEER_MAX; i++) {
        if (sock->peers[i].conn) {
            host_dtls_close(sock->peers[i].conn);
            _drop(sock, i);
        }
    }
    for (pending_t *p = sock->pending, *next; p; p = next) {
        next = p->next;
        free(p);
    }
    for (pending_t *p = sock->closed, *next; p; p = next) {
        next = p->next;
        free(p);
    }
    sock->pending = sock->pending_tail = sock->closed = NULL;
    for (size_t k = 0; k < sizeof(_out_args) / sizeof(_out_args[0]); k++) {
        if (_out_args[k].sock == sock) {
            _out_args[k].sock = NULL;
        }
    }
    host_dtls_ctx_free(sock->ctx);
    sock->ctx = NULL;
    sock->async_cb = NULL;
    sock->udp = NULL;
}

void sock_dtls_set_cb(sock_dtls_t *sock, sock_dtls_cb_t cb, void *cb_arg)
{
    sock->async_cb = (void (*)(void *, sock_async_flags_t, void *))cb;
    sock->async_cb_arg = cb_arg;
}

bool sock_dtls_get_event_session(sock_dtls_t *sock, sock_dtls_session_t *session)
{
    /* the oldest session a peer closed that no handler has asked about yet */
    pending_t **at = (pending_t **)&sock->closed;
    if (!*at) {
        return false;
    }
    while ((*at)->next) {
        at = &(*at)->next;
    }
    session->ep = (*at)->ep;
    free(*at);
    *at = NULL;
    return true;
}

#ifdef SOCK_HAS_ASYNC_CTX
sock_async_ctx_t *sock_dtls_get_async_ctx(sock_dtls_t *sock)
{
    return &sock->async_ctx;
}

/* the UDP sock's events: its datagrams are the DTLS sock's records */
static void _udp_handler(sock_udp_t *udp, sock_async_flags_t flags, void *arg)
{
    (void)udp;
    if (flags & SOCK_ASYNC_MSG_RECV) {
        _pump(arg);
    }
}

void sock_dtls_event_udp_init(sock_dtls_t *sock, event_queue_t *ev_queue)
{
    sock_udp_event_init(sock->udp, ev_queue, _udp_handler, sock);
}
#endif

/*
 * The host DTLS engine's boundary to OpenSSL, in plain C types (no RIOT header, no OpenSSL
 * header), so that sock_dtls.c sees only RIOT's API and host_dtls.c only OpenSSL's.
 */
#ifndef HOST_DTLS_H
#define HOST_DTLS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct host_dtls_ctx host_dtls_ctx_t;
typedef struct host_dtls_conn host_dtls_conn_t;

/* Where a connection's outgoing datagrams go. */
typedef void (*host_dtls_out_t)(void *arg, const uint8_t *data, size_t len);

/* What one datagram did to a connection. */
#define HOST_DTLS_CONNECTED (1 << 0)    /* the handshake finished */
#define HOST_DTLS_DATA      (1 << 1)    /* decrypted records wait for host_dtls_read */
#define HOST_DTLS_CLOSED    (1 << 2)    /* the peer sent close_notify */
#define HOST_DTLS_FAILED    (1 << 3)    /* the handshake or the connection failed */

/* DTLS 1.2, TLS_PSK_WITH_AES_128_CCM_8, one PSK identity and key (NULL on failure). */
host_dtls_ctx_t *host_dtls_ctx_new(int server, const void *identity, size_t identity_len,
                                   const void *key, size_t key_len);
void host_dtls_ctx_free(host_dtls_ctx_t *ctx);

/* A connection to one peer; peer_id (its address) keys the server's cookies. */
host_dtls_conn_t *host_dtls_conn_new(host_dtls_ctx_t *ctx, const void *peer_id, size_t peer_id_len,
                                     host_dtls_out_t out, void *arg);
void host_dtls_conn_free(host_dtls_conn_t *conn);
/* Client: sends the ClientHello. */
void host_dtls_start(host_dtls_conn_t *conn);
/* Feeds one datagram from the peer: a mask of HOST_DTLS_*. */
int host_dtls_input(host_dtls_conn_t *conn, const uint8_t *data, size_t len);
/* Takes one decrypted record: its length (copied up to max), 0 if none, -1 on error. */
ssize_t host_dtls_read(host_dtls_conn_t *conn, uint8_t *buf, size_t max);
/* Encrypts and sends one record: len, or -1. */
ssize_t host_dtls_write(host_dtls_conn_t *conn, const void *data, size_t len);
/* Sends close_notify. */
void host_dtls_close(host_dtls_conn_t *conn);
/* True once the handshake has finished. */
int host_dtls_connected(const host_dtls_conn_t *conn);

/* Server, before any state (RFC 6347 4.2.1, as tinydtls does it): checks the cookie of the
 * ClientHello in datagram d from peer_id. 1: it is valid, open a connection. 0: it is not,
 * and hvr holds the HelloVerifyRequest to send back (*hvr_len bytes; hvr_max >= 64).
 * -1: not a well-formed ClientHello, dropped. */
int host_dtls_hello_check(host_dtls_ctx_t *ctx, const void *peer_id, size_t peer_id_len,
                          const uint8_t *d, size_t n, uint8_t *hvr, size_t hvr_max, size_t *hvr_len);

/* Server: takes the ClientHello whose cookie host_dtls_hello_check passed, as OpenSSL's
 * DTLSv1_listen does after a stateless HelloVerifyRequest; the handshake goes on from there.
 * 0, or -1 if OpenSSL refused it. */
int host_dtls_accept_hello(host_dtls_conn_t *conn, const uint8_t *d, size_t n);

/* 1 if a new ClientHello from the peer replaces this association (tinydtls: a client that
 * starts over): connected, or a server past its ServerHelloDone. */
int host_dtls_restartable(const host_dtls_conn_t *conn);

#ifdef __cplusplus
}
#endif

#endif /* HOST_DTLS_H */

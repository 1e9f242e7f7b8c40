/*
 * OpenSSL side of the host port's DTLS: one SSL object per peer over memory BIOs. The sock
 * layer hands each datagram in and sends what comes out, so one UDP sock serves every
 * peer, as RIOT's tinydtls does. Only OpenSSL headers are included here.
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

#include "host_dtls.h"

#define _MAX_KEY    (64)
#define _MAX_ID     (128)
#define _MTU        (1280)

struct host_dtls_ctx {
    SSL_CTX *ssl;
    int server;
    uint8_t key[_MAX_KEY];
    size_t key_len;
    char identity[_MAX_ID + 1];
    uint8_t cookie_secret[32];
};

struct host_dtls_conn {
    host_dtls_ctx_t *ctx;
    SSL *ssl;
    BIO *rbio;
    BIO *wbio;
    host_dtls_out_t out;
    void *arg;
    uint8_t peer[32];
    size_t peer_len;
    int connected;
};

static int _conn_index = -1;

static host_dtls_conn_t *_conn(SSL *ssl)
{
    return SSL_get_ex_data(ssl, _conn_index);
}

static unsigned _server_psk(SSL *ssl, const char *identity, unsigned char *psk, unsigned max)
{
    host_dtls_ctx_t *ctx = _conn(ssl)->ctx;
    if (strcmp(identity, ctx->identity) != 0 || ctx->key_len > max) {
        return 0;   /* unknown identity: the handshake fails */
    }
    memcpy(psk, ctx->key, ctx->key_len);
    return (unsigned)ctx->key_len;
}

static unsigned _client_psk(SSL *ssl, const char *hint, char *identity, unsigned max_id,
                            unsigned char *psk, unsigned max_psk)
{
    (void)hint;
    host_dtls_ctx_t *ctx = _conn(ssl)->ctx;
    size_t id_len = strlen(ctx->identity);
    if (id_len + 1 > max_id || ctx->key_len > max_psk) {
        return 0;
    }
    memcpy(identity, ctx->identity, id_len + 1);
    memcpy(psk, ctx->key, ctx->key_len);
    return (unsigned)ctx->key_len;
}

/* The cookie: an HMAC of the peer's address under the context's secret (stateless). */
static void _cookie(SSL *ssl, unsigned char *out, unsigned *len)
{
    host_dtls_conn_t *c = _conn(ssl);
    HMAC(EVP_sha256(), c->ctx->cookie_secret, sizeof(c->ctx->cookie_secret), c->peer, c->peer_len, out, len);
    *len = 16;
}

static int _cookie_generate(SSL *ssl, unsigned char *cookie, unsigned *len)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    _cookie(ssl, md, &n);
    memcpy(cookie, md, n);
    *len = n;
    return 1;
}

static int _cookie_verify(SSL *ssl, const unsigned char *cookie, unsigned len)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    _cookie(ssl, md, &n);
    return (len == n) && CRYPTO_memcmp(cookie, md, n) == 0;
}

/* tinydtls (force_extended_master_secret, force_renegotiation_info) refuses a ClientHello
 * without the extended master secret (RFC 7627) or renegotiation info (RFC 5746); so does
 * the host port, which OpenSSL alone would accept. */
static int _client_hello(SSL *ssl, int *alert, void *arg)
{
    (void)arg;
    const unsigned char *data;
    size_t len;
    int ems = SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_extended_master_secret, &data, &len);
    int reneg = SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_renegotiate, &data, &len);
    size_t n = SSL_client_hello_get0_ciphers(ssl, &data);
    for (size_t i = 0; i + 1 < n; i += 2) {
        reneg |= (data[i] == 0x00 && data[i + 1] == 0xff);   /* TLS_EMPTY_RENEGOTIATION_INFO_SCSV */
    }
    if (!ems || !reneg) {
        *alert = SSL_AD_HANDSHAKE_FAILURE;
        return SSL_CLIENT_HELLO_ERROR;
    }
    return SSL_CLIENT_HELLO_SUCCESS;
}

int host_dtls_hello_check(host_dtls_ctx_t *ctx, const void *peer_id, size_t peer_id_len,
                          const uint8_t *d, size_t n, uint8_t *hvr, size_t hvr_max, size_t *hvr_len)
{
    /* record header (13), handshake header (12), version (2), random (32), then the
     * session id and the cookie, each with a length byte */
    if (n < 13 + 12 + 2 + 32 + 2 || d[0] != 22 || d[3] != 0 || d[4] != 0 || d[13] != 1) {
        return -1;
    }
    size_t at = 13 + 12 + 2 + 32;
    at += 1 + d[at];
    if (at >= n) {
        return -1;
    }
    size_t cookie_len = d[at];
    const uint8_t *cookie = d + at + 1;
    if (at + 1 + cookie_len > n) {
        return -1;
    }
    unsigned char want[EVP_MAX_MD_SIZE];
    unsigned want_len = 0;
    HMAC(EVP_sha256(), ctx->cookie_secret, sizeof(ctx->cookie_secret), peer_id, peer_id_len, want, &want_len);
    want_len = 16;
    if (cookie_len == want_len && CRYPTO_memcmp(cookie, want, want_len) == 0) {
        return 1;
    }
    if (hvr_max < 13 + 12 + 3 + want_len) {
        return -1;
    }
    /* HelloVerifyRequest: record number of the ClientHello, message_seq 0, DTLS 1.0 */
    size_t body = 3 + want_len;
    uint8_t head[] = { 22, 0xfe, 0xff, 0, 0, d[5], d[6], d[7], d[8], d[9], d[10],
                       0, (uint8_t)(12 + body),
                       3, 0, 0, (uint8_t)body, 0, 0, 0, 0, 0, 0, 0, (uint8_t)body,
                       0xfe, 0xff, (uint8_t)want_len };
    memcpy(hvr, head, sizeof(head));
    memcpy(hvr + sizeof(head), want, want_len);
    *hvr_len = sizeof(head) + want_len;
    return 0;
}

static void _flush(host_dtls_conn_t *c);

int host_dtls_accept_hello(host_dtls_conn_t *c, const uint8_t *d, size_t n)
{
    BIO_write(c->rbio, d, (int)n);
    BIO_ADDR *from = BIO_ADDR_new();
    int res = from ? DTLSv1_listen(c->ssl, from) : -1;
    BIO_ADDR_free(from);
    ERR_clear_error();
    if (res != 1) {
        return -1;
    }
    SSL_do_handshake(c->ssl);   /* the ClientHello DTLSv1_listen kept: ServerHello and the rest */
    ERR_clear_error();
    _flush(c);
    return 0;
}

host_dtls_ctx_t *host_dtls_ctx_new(int server, const void *identity, size_t identity_len,
                                   const void *key, size_t key_len)
{
    if (key_len > _MAX_KEY || identity_len > _MAX_ID) {
        return NULL;
    }
    if (_conn_index < 0) {
        _conn_index = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    }
    host_dtls_ctx_t *ctx = calloc(1, sizeof(*ctx));
    if (!ctx) {
        return NULL;
    }
    ctx->ssl = SSL_CTX_new(DTLS_method());
    if (!ctx->ssl) {
        free(ctx);
        return NULL;
    }
    ctx->server = server;
    memcpy(ctx->key, key, key_len);
    ctx->key_len = key_len;
    memcpy(ctx->identity, identity, identity_len);
    RAND_bytes(ctx->cookie_secret, sizeof(ctx->cookie_secret));
    SSL_CTX_set_min_proto_version(ctx->ssl, DTLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(ctx->ssl, DTLS1_2_VERSION);
    /* OpenSSL 3 puts the 64-bit-tag CCM_8 suites at security level 0; tinydtls only has them */
    SSL_CTX_set_security_level(ctx->ssl, 0);
    SSL_CTX_set_cipher_list(ctx->ssl, "PSK-AES128-CCM8");
    SSL_CTX_set_read_ahead(ctx->ssl, 1);
    if (server) {
        SSL_CTX_set_psk_server_callback(ctx->ssl, _server_psk);
        SSL_CTX_set_cookie_generate_cb(ctx->ssl, _cookie_generate);
        SSL_CTX_set_cookie_verify_cb(ctx->ssl, _cookie_verify);
        SSL_CTX_set_client_hello_cb(ctx->ssl, _client_hello, NULL);
    }
    else {
        SSL_CTX_set_psk_client_callback(ctx->ssl, _client_psk);
    }
    return ctx;
}

void host_dtls_ctx_free(host_dtls_ctx_t *ctx)
{
    if (ctx) {
        SSL_CTX_free(ctx->ssl);
        free(ctx);
    }
}

/* Sends what OpenSSL wrote: one datagram per flush. */
static void _flush(host_dtls_conn_t *c)
{
    uint8_t buf[4096];
    int n;
    while ((n = BIO_read(c->wbio, buf, sizeof(buf))) > 0) {
        c->out(c->arg, buf, (size_t)n);
    }
}

host_dtls_conn_t *host_dtls_conn_new(host_dtls_ctx_t *ctx, const void *peer_id, size_t peer_id_len,
                                     host_dtls_out_t out, void *arg)
{
    host_dtls_conn_t *c = calloc(1, sizeof(*c));
    if (!c) {
        return NULL;
    }
    c->ctx = ctx;
    c->out = out;
    c->arg = arg;
    c->peer_len = (peer_id_len < sizeof(c->peer)) ? peer_id_len : sizeof(c->peer);
    memcpy(c->peer, peer_id, c->peer_len);
    c->ssl = SSL_new(ctx->ssl);
    c->rbio = BIO_new(BIO_s_mem());
    c->wbio = BIO_new(BIO_s_mem());
    if (!c->ssl || !c->rbio || !c->wbio) {
        BIO_free(c->rbio);
        BIO_free(c->wbio);
        SSL_free(c->ssl);
        free(c);
        return NULL;
    }
    BIO_set_mem_eof_return(c->rbio, -1);
    SSL_set_bio(c->ssl, c->rbio, c->wbio);
    SSL_set_ex_data(c->ssl, _conn_index, c);
    SSL_set_options(c->ssl, SSL_OP_NO_QUERY_MTU);
    DTLS_set_link_mtu(c->ssl, _MTU);
    if (ctx->server) {
        SSL_set_options(c->ssl, SSL_OP_COOKIE_EXCHANGE);
        SSL_set_accept_state(c->ssl);
    }
    else {
        SSL_set_connect_state(c->ssl);
    }
    return c;
}

void host_dtls_conn_free(host_dtls_conn_t *c)
{
    if (c) {
        SSL_free(c->ssl);   /* frees both BIOs */
        free(c);
    }
}

void host_dtls_start(host_dtls_conn_t *c)
{
    SSL_do_handshake(c->ssl);
    _flush(c);
}

int host_dtls_connected(const host_dtls_conn_t *c)
{
    return c->connected;
}

/* A server past its ServerHelloDone, or connected: a new ClientHello from its peer starts over. */
int host_dtls_restartable(const host_dtls_conn_t *c)
{
    if (c->connected) {
        return 1;
    }
    OSSL_HANDSHAKE_STATE st = SSL_get_state(c->ssl);
    return c->ctx->server && (st == TLS_ST_SW_SRVR_DONE || st == TLS_ST_SR_KEY_EXCH || st == TLS_ST_SR_CHANGE
                              || st == TLS_ST_SR_FINISHED);
}

int host_dtls_input(host_dtls_conn_t *c, const uint8_t *data, size_t len)
{
    int events = 0;
    BIO_write(c->rbio, data, (int)len);
    if (!c->connected) {
        int res = SSL_do_handshake(c->ssl);
        _flush(c);
        if (res == 1 && !c->ctx->server && SSL_get_extms_support(c->ssl) != 1) {
            /* a tinydtls client refuses a server without the extended master secret */
            return events | HOST_DTLS_FAILED;
        }
        if (res == 1) {
            c->connected = 1;
            events |= HOST_DTLS_CONNECTED;
        }
        else {
            int err = SSL_get_error(c->ssl, res);
            ERR_clear_error();
            if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE) {
                return events | HOST_DTLS_FAILED;
            }
            /* A Finished that does not decrypt (the client holds another key) is dropped, and the
             * server waits on, holding the peer's slot, as tinydtls does. */
        }
    }
    if (c->connected && (SSL_pending(c->ssl) > 0 || BIO_ctrl_pending(c->rbio) > 0)) {
        events |= HOST_DTLS_DATA;
    }
    return events;
}

ssize_t host_dtls_read(host_dtls_conn_t *c, uint8_t *buf, size_t max)
{
    int n = SSL_read(c->ssl, buf, (int)max);
    _flush(c);
    if (n > 0) {
        return n;
    }
    int err = SSL_get_error(c->ssl, n);
    ERR_clear_error();
    if (err == SSL_ERROR_ZERO_RETURN) {
        return -2;   /* close_notify */
    }
    return (err == SSL_ERROR_WANT_READ) ? 0 : -1;
}

ssize_t host_dtls_write(host_dtls_conn_t *c, const void *data, size_t len)
{
    if (!c->connected) {
        return -1;
    }
    int n = SSL_write(c->ssl, data, (int)len);
    _flush(c);
    ERR_clear_error();
    return (n > 0) ? n : -1;
}

void host_dtls_close(host_dtls_conn_t *c)
{
    if (c->connected) {
        SSL_shutdown(c->ssl);
        _flush(c);
        ERR_clear_error();
    }
}

/*
 * Host port of RIOT's net/credman.h (module credman): a pool of credentials by tag. The
 * pool keeps the credential structure; the key and identity stay where the caller has
 * them (riotscript's are static strings).
 */
#ifndef NET_CREDMAN_H
#define NET_CREDMAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef CONFIG_CREDMAN_MAX_CREDENTIALS
#define CONFIG_CREDMAN_MAX_CREDENTIALS  (8)
#endif

#define CREDMAN_TAG_EMPTY   (0)

typedef uint16_t credman_tag_t;

typedef struct {
    const void *s;
    size_t len;
} credman_buffer_t;

typedef struct {
    credman_buffer_t key;
    credman_buffer_t id;
    credman_buffer_t hint;
} psk_params_t;

typedef struct {
    const void *x;
    const void *y;
} ecdsa_public_key_t;

typedef struct {
    const void *private_key;
    ecdsa_public_key_t public_key;
    ecdsa_public_key_t *client_keys;
    size_t client_keys_size;
} ecdsa_params_t;

typedef enum {
    CREDMAN_TYPE_EMPTY = 0,
    CREDMAN_TYPE_PSK = 1,
    CREDMAN_TYPE_ECDSA = 2,
} credman_type_t;

typedef struct {
    credman_type_t type;
    credman_tag_t tag;
    union {
        psk_params_t psk;
        ecdsa_params_t ecdsa;
    } params;
} credman_credential_t;

enum {
    CREDMAN_OK = 0,
    CREDMAN_EXIST = -1,
    CREDMAN_NO_SPACE = -2,
    CREDMAN_NOT_FOUND = -3,
    CREDMAN_INVALID = -4,
    CREDMAN_TYPE_UNKNOWN = -5,
    CREDMAN_ERROR = -6,
};

int credman_add(const credman_credential_t *credential);
int credman_get(credman_credential_t *credential, credman_tag_t tag, credman_type_t type);
void credman_delete(credman_tag_t tag, credman_type_t type);
int credman_get_used_count(void);
void credman_reset(void);

#ifdef __cplusplus
}
#endif

#endif /* NET_CREDMAN_H */

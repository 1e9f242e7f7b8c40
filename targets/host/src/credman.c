/*
 * Host port of RIOT's credman: a fixed pool of credentials, looked up by tag and type.
 */
#include <string.h>

#include "net/credman.h"

static credman_credential_t _pool[CONFIG_CREDMAN_MAX_CREDENTIALS];
static int _used;

static int _find(credman_tag_t tag, credman_type_t type)
{
    for (int i = 0; i < CONFIG_CREDMAN_MAX_CREDENTIALS; i++) {
        if (_pool[i].type == type && _pool[i].tag == tag) {
            return i;
        }
    }
    return -1;
}

int credman_add(const credman_credential_t *credential)
{
    if (!credential || credential->tag == CREDMAN_TAG_EMPTY || credential->type == CREDMAN_TYPE_EMPTY) {
        return CREDMAN_INVALID;
    }
    if (credential->type != CREDMAN_TYPE_PSK && credential->type != CREDMAN_TYPE_ECDSA) {
        return CREDMAN_TYPE_UNKNOWN;
    }
    if (credential->type == CREDMAN_TYPE_PSK
        && (!credential->params.psk.key.s || credential->params.psk.key.len == 0)) {
        return CREDMAN_INVALID;
    }
    if (_find(credential->tag, credential->type) >= 0) {
        return CREDMAN_EXIST;
    }
    int free_slot = _find(CREDMAN_TAG_EMPTY, CREDMAN_TYPE_EMPTY);
    if (free_slot < 0) {
        return CREDMAN_NO_SPACE;
    }
    _pool[free_slot] = *credential;
    _used++;
    return CREDMAN_OK;
}

int credman_get(credman_credential_t *credential, credman_tag_t tag, credman_type_t type)
{
    int i = _find(tag, type);
    if (i < 0 || tag == CREDMAN_TAG_EMPTY) {
        return CREDMAN_NOT_FOUND;
    }
    *credential = _pool[i];
    return CREDMAN_OK;
}

void credman_delete(credman_tag_t tag, credman_type_t type)
{
    int i = _find(tag, type);
    if (i >= 0 && tag != CREDMAN_TAG_EMPTY) {
        memset(&_pool[i], 0, sizeof(_pool[i]));
        _used--;
    }
}

int credman_get_used_count(void)
{
    return _used;
}

void credman_reset(void)
{
    memset(_pool, 0, sizeof(_pool));
    _used = 0;
}

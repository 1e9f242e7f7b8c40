/*
 * Host port of RIOT's byteorder.h: the buffer accessors riotscript uses, with RIOT's names
 * and semantics (unaligned access through memcpy, then a byte swap where needed).
 */
#ifndef BYTEORDER_H
#define BYTEORDER_H

#include <stdint.h>
#include <string.h>

/* strict C11 hides <endian.h>'s be16toh & co.: the compiler's own byte swaps instead */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define _BO_BE16(x) __builtin_bswap16(x)
#define _BO_BE32(x) __builtin_bswap32(x)
#define _BO_LE16(x) (x)
#define _BO_LE32(x) (x)
#else
#define _BO_BE16(x) (x)
#define _BO_BE32(x) (x)
#define _BO_LE16(x) __builtin_bswap16(x)
#define _BO_LE32(x) __builtin_bswap32(x)
#endif

#ifdef __cplusplus
extern "C" {
#endif

static inline uint16_t byteorder_bebuftohs(const uint8_t *buf)
{
    uint16_t v;
    memcpy(&v, buf, sizeof(v));
    return _BO_BE16(v);
}

static inline uint32_t byteorder_bebuftohl(const uint8_t *buf)
{
    uint32_t v;
    memcpy(&v, buf, sizeof(v));
    return _BO_BE32(v);
}

static inline uint16_t byteorder_lebuftohs(const uint8_t *buf)
{
    uint16_t v;
    memcpy(&v, buf, sizeof(v));
    return _BO_LE16(v);
}

static inline uint32_t byteorder_lebuftohl(const uint8_t *buf)
{
    uint32_t v;
    memcpy(&v, buf, sizeof(v));
    return _BO_LE32(v);
}

static inline void byteorder_htobebufs(uint8_t *buf, uint16_t val)
{
    val = _BO_BE16(val);
    memcpy(buf, &val, sizeof(val));
}

static inline void byteorder_htobebufl(uint8_t *buf, uint32_t val)
{
    val = _BO_BE32(val);
    memcpy(buf, &val, sizeof(val));
}

static inline void byteorder_htolebufs(uint8_t *buf, uint16_t val)
{
    val = _BO_LE16(val);
    memcpy(buf, &val, sizeof(val));
}

static inline void byteorder_htolebufl(uint8_t *buf, uint32_t val)
{
    val = _BO_LE32(val);
    memcpy(buf, &val, sizeof(val));
}

#ifdef __cplusplus
}
#endif

#endif /* BYTEORDER_H */

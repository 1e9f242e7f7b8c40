/*
 * Host port of RIOT's ipv6_addr_to_str and ipv4_addr_to_str (modules ipv6_addr and
 * ipv4_addr): the same text, byte for byte. RIOT's ipv6_addr_to_str is based on Paul Vixie's
 * inet_ntop6; this follows its rules, with module ipv4_addr present (riotscript adds it
 * wherever it prints an endpoint, so an IPv4-mapped address ends in dotted IPv4 on every
 * stack).
 */
#include <string.h>

#include "net/ipv4/addr.h"
#include "net/ipv6/addr.h"

static const char HEX[] = "0123456789abcdef";

char *ipv4_addr_to_str(char *result, const ipv4_addr_t *addr, uint8_t result_len)
{
    if (result == NULL || addr == NULL || result_len < IPV4_ADDR_MAX_STR_LEN) {
        return NULL;
    }
    char *next = result;
    for (int n = 0; n < 4; n++) {
        unsigned u = addr->u8[n];
        if (u > 99) {
            *next++ = (char)('0' + u / 100);
            u %= 100;
            *next++ = (char)('0' + u / 10);
            u %= 10;
        }
        else if (u > 9) {
            *next++ = (char)('0' + u / 10);
            u %= 10;
        }
        *next++ = (char)('0' + u);
        *next++ = '.';
    }
    *--next = '\0';
    return result;
}

char *ipv6_addr_to_str(char *result, const ipv6_addr_t *addr, uint8_t result_len)
{
    char tmp[IPV6_ADDR_MAX_STR_LEN];
    char *tp = tmp;
    unsigned words[8];
    int best_base = -1, best_len = 0, cur_base = -1, cur_len = 0;

    if (result == NULL || addr == NULL) {
        return NULL;
    }
    for (int i = 0; i < 8; i++) {
        words[i] = (unsigned)addr->u8[2 * i] << 8 | addr->u8[2 * i + 1];
    }
    /* the first longest run of zero groups */
    for (int i = 0; i < 8; i++) {
        if (words[i] == 0) {
            if (cur_base == -1) {
                cur_base = i;
                cur_len = 1;
            }
            else {
                cur_len++;
            }
        }
        else if (cur_base != -1) {
            if (best_base == -1 || cur_len > best_len) {
                best_base = cur_base;
                best_len = cur_len;
            }
            cur_base = -1;
        }
    }
    if (cur_base != -1 && (best_base == -1 || cur_len > best_len)) {
        best_base = cur_base;
        best_len = cur_len;
    }
    if (best_base != -1 && best_len < 2) {
        best_base = -1;
    }
    for (int i = 0; i < 8;) {
        if (i == best_base) {
            *tp++ = ':';
            i += best_len;
            continue;
        }
        if (i != 0) {
            *tp++ = ':';
        }
        if (i == 6 && best_base == 0 && (best_len == 6 || (best_len == 5 && words[5] == 0xffff))) {
            ipv4_addr_t v4;
            memcpy(&v4, &addr->u8[12], sizeof(v4));
            if (!ipv4_addr_to_str(tp, &v4, (uint8_t)(sizeof(tmp) - (size_t)(tp - tmp)))) {
                return NULL;
            }
            tp += strlen(tp);
            break;
        }
        /* the group in hex without leading zeros */
        unsigned w = words[i];
        if (w >= 0x1000) {
            *tp++ = HEX[w >> 12];
        }
        if (w >= 0x100) {
            *tp++ = HEX[(w >> 8) & 0xf];
        }
        if (w >= 0x10) {
            *tp++ = HEX[(w >> 4) & 0xf];
        }
        *tp++ = HEX[w & 0xf];
        i++;
    }
    if (best_base != -1 && best_base + best_len == 8) {
        *tp++ = ':';
    }
    *tp++ = '\0';
    if ((size_t)(tp - tmp) > result_len) {
        return NULL;
    }
    strcpy(result, tmp);
    return result;
}

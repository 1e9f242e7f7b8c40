/*
 * Host port of the endpoint parsing in RIOT's sock_util: "[addr]:port",
 * "[addr%netif]:port" and "a.b.c.d:port", the port being optional.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "net/sock/util.h"
#include "host_net.h"

#define _PORT_STR_LEN   (5)
#define _NETIF_STR_LEN  (5)
#define _HOSTPORT_MAX   (64U)


static int _parse_port(struct _sock_tl_ep *ep, const char *str)
{
    size_t len = strlen(str);
    if (len > _PORT_STR_LEN) {
        return -EINVAL;
    }
    unsigned long port = strtoul(str, NULL, 10);
    if (port > UINT16_MAX) {
        return -EINVAL;
    }
    ep->port = (uint16_t)port;
    return (int)len;
}

static int _parse_netif(struct _sock_tl_ep *ep, const char *str)
{
    const char *end = str;
    char buf[_NETIF_STR_LEN + 1] = { 0 };

    while (*end && *end != ']') {
        end++;
    }
    size_t len = (size_t)(end - str);
    if (!*end || len >= _NETIF_STR_LEN || len == 0) {
        return -EINVAL;
    }
    memcpy(buf, str, len);
    long netif = strtol(buf, NULL, 10);
    if (netif < 0 || netif > UINT16_MAX) {
        return -EINVAL;
    }
    ep->netif = (uint16_t)netif;
    return (int)len;
}

int sock_tl_str2ep(struct _sock_tl_ep *ep_out, const char *str)
{
    unsigned brackets = 0;
    const char *host = str;
    const char *end;
    char buf[_HOSTPORT_MAX];

    memset(ep_out, 0, sizeof(*ep_out));
    if (*host == '[') {
        brackets = 1;
        for (end = ++host; *end && *end != ']' && *end != '%'; end++) {}
        if (!*end || (size_t)(end - host) >= sizeof(buf)) {
            return -EINVAL;
        }
    }
    else {
        for (end = host; *end && *end != ':' && (size_t)(end - host) < sizeof(buf); end++) {}
    }
    size_t len = (size_t)(end - host);
    if (*(end + brackets) == ':') {
        int res = _parse_port(ep_out, end + brackets + 1);
        if (res < 0) {
            return res;
        }
    }
    else if (brackets && *end == '%') {
        int res = _parse_netif(ep_out, end + 1);
        if (res < 0) {
            return res;
        }
        const char *colon = end + res + brackets + 1;
        if (*colon == ':' && (res = _parse_port(ep_out, colon + 1)) < 0) {
            return res;
        }
    }
    if (len >= sizeof(buf)) {
        return -EINVAL;
    }
    memcpy(buf, host, len);
    buf[len] = '\0';
    if (!brackets && host_inet_pton(0, buf, ep_out->addr.ipv4) == 1) {
        ep_out->family = AF_INET;
        return 0;
    }
    if (host_inet_pton(1, buf, ep_out->addr.ipv6) == 1) {
        ep_out->family = AF_INET6;
        return 0;
    }
    return -EINVAL;
}

bool sock_tl_ep_equal(const struct _sock_tl_ep *a, const struct _sock_tl_ep *b)
{
    if (a->family != b->family || a->port != b->port) {
        return false;
    }
    return memcmp(&a->addr, &b->addr, (a->family == AF_INET6) ? 16 : 4) == 0;
}

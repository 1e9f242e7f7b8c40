/**
 * The transport-layer endpoint both UDP and TCP use (`struct _sock_tl_ep`, typedef'd as
 * `sock_udp_ep_t` and `sock_tcp_ep_t`): address family, address, interface and port, and
 * `sock_util`'s text form.
 * Not part of the firmware API.
 * @packageDocumentation
 */
import { parseIpv4, parseIpv6 } from "./addr";
import { Errno } from "./errno";
import { AF } from "./sock";
import { fault } from "./fault";

const PORT_STR_LEN = 5;
const NETIF_STR_LEN = 5;
const HOSTPORT_MAXLEN = 64;

/** What UdpEndpoint and TcpEndpoint share; firmware names one of those. */
export abstract class TransportEndpoint {
    /** Address family (`family`): `AF.INET6`, `AF.INET` or `AF.UNSPEC`. */
    family: AF = AF.UNSPEC;
    /** Interface id (`netif`); 0 is any interface. Set on receive to the arrival interface. */
    netif = 0;
    /** Port in host byte order (`port`). */
    port = 0;
    /** @internal Address bytes in network order (`addr`); IPv4 uses the first 4. */
    readonly _addr = new Uint8Array(16);

    /** @internal `sock_*_str2ep`. */
    _parse(text: string): number {
        this.family = AF.UNSPEC;
        this.netif = 0;
        this.port = 0;
        this._addr.fill(0);
        let host: string;
        let brackets = false;
        let rest: string;
        if (text.startsWith("[")) {
            brackets = true;
            const end = text.search(/[\]%]/);
            if (end < 0 || end - 1 >= HOSTPORT_MAXLEN) {
                return -Errno.EINVAL;
            }
            host = text.slice(1, end);
            rest = text.slice(end);
        } else {
            const colon = text.indexOf(":");
            host = colon < 0 ? text : text.slice(0, colon);
            rest = colon < 0 ? "" : text.slice(colon);
        }
        if (host.length >= HOSTPORT_MAXLEN) {
            return -Errno.EINVAL;
        }
        if (brackets && rest.startsWith("%")) {
            const close = rest.indexOf("]");
            const netif = close < 0 ? "" : rest.slice(1, close);
            if (close < 0 || netif.length === 0 || netif.length >= NETIF_STR_LEN) {
                return -Errno.EINVAL;
            }
            this.netif = leadingInt(netif) & 0xffff;
            rest = rest.slice(close + 1);
            if (rest.startsWith(":") && !this._parsePort(rest.slice(1))) {
                return -Errno.EINVAL;
            }
        } else {
            const after = brackets ? rest.slice(1) : rest;
            if (after.startsWith(":") && !this._parsePort(after.slice(1))) {
                return -Errno.EINVAL;
            }
        }
        if (!brackets && parseIpv4(host, this._addr)) {
            this._addr.fill(0, 4);
            this.family = AF.INET;
            return 0;
        }
        if (parseIpv6(host, this._addr)) {
            this.family = AF.INET6;
            return 0;
        }
        this._addr.fill(0);
        return -Errno.EINVAL;
    }

    /** @internal `sock_tl_ep_equal`: family and port, then the family's address bytes. */
    _equals(other: TransportEndpoint): boolean {
        if (this.family !== other.family || this.port !== other.port) {
            return false;
        }
        const n = this.family === AF.INET ? 4 : this.family === AF.INET6 ? 16 : 0;
        if (n === 0) {
            return false;
        }
        for (let i = 0; i < n; i++) {
            if (this._addr[i] !== other._addr[i]) {
                return false;
            }
        }
        return true;
    }

    /** @internal The address bytes into `buf` (at least 16 long): 16, 4 or 0 of them by the family. */
    _address(buf: Uint8Array): number {
        if (buf.length < 16) {
            fault("index out of range");
        }
        const n = this.family === AF.INET6 ? 16 : this.family === AF.INET ? 4 : 0;
        buf.set(this._addr.subarray(0, n), 0);
        return n;
    }

    /** @internal A struct copy: every field, the address bytes included. */
    _copyFrom(other: TransportEndpoint): void {
        this.family = other.family;
        this.netif = other.netif;
        this.port = other.port;
        this._addr.set(other._addr);
    }

    /** @internal */
    _isMulticast(): boolean {
        if (this.family === AF.INET6) {
            return this._addr[0] === 0xff;
        }
        return this.family === AF.INET && (this._addr[0] & 0xf0) === 0xe0;
    }

    /** @internal */
    _parsePort(text: string): boolean {
        if (text.length > PORT_STR_LEN) {
            return false;
        }
        const port = leadingInt(text);
        if (port > 0xffff) {
            return false;
        }
        this.port = port;
        return true;
    }

    /** @internal */
    _set(family: AF, addr: Uint8Array, port: number, netif: number): void {
        this.family = family;
        this._addr.fill(0);
        this._addr.set(addr.subarray(0, 16));
        this.port = port;
        this.netif = netif;
    }

    /**
     * The endpoint as text, the form `parse` reads: `"[2001:db8::1]:5683"` (with `%netif`
     * inside the brackets when the interface is set), `"192.0.2.1:5683"`, or `":port"` for
     * AF.UNSPEC. The address is written as RIOT's `ipv6_addr_to_str` writes it (RFC 5952:
     * lowercase, the first longest run of two or more zero groups as `::`, and `::a.b.c.d`
     * for IPv4-mapped and -compatible addresses). C: the static helper `_ep_str`.
     */
    toString(): string {
        let host = "";
        if (this.family === AF.INET6) {
            host = `[${ipv6Text(this._addr)}${this.netif !== 0 ? `%${this.netif}` : ""}]`;
        } else if (this.family === AF.INET) {
            host = ipv4Text(this._addr, 0);
        }
        return `${host}:${this.port}`;
    }

    /** @internal */
    _any(family: AF, port: number): this {
        this.family = family;
        this.port = port & 0xffff;
        return this;
    }
}

/** `ipv4_addr_to_str`: four decimal bytes from `a[at]`. */
function ipv4Text(a: Uint8Array, at: number): string {
    return `${a[at]}.${a[at + 1]}.${a[at + 2]}.${a[at + 3]}`;
}

/**
 * `ipv6_addr_to_str` (RIOT's port of inet_ntop6), with module ipv4_addr, which riotscript
 * always builds with when it prints an endpoint: the first longest run of two or more zero
 * groups is `::`; an address whose first six groups are zero, or five and then ffff, ends in
 * dotted IPv4.
 */
function ipv6Text(a: Uint8Array): string {
    const words: number[] = [];
    for (let i = 0; i < 8; i++) {
        words.push((a[2 * i] << 8) | a[2 * i + 1]);
    }
    let best = { base: -1, len: 0 };
    let cur = { base: -1, len: 0 };
    for (let i = 0; i < 8; i++) {
        if (words[i] === 0) {
            cur = cur.base === -1 ? { base: i, len: 1 } : { base: cur.base, len: cur.len + 1 };
        } else if (cur.base !== -1) {
            if (best.base === -1 || cur.len > best.len) {
                best = cur;
            }
            cur = { base: -1, len: 0 };
        }
    }
    if (cur.base !== -1 && (best.base === -1 || cur.len > best.len)) {
        best = cur;
    }
    if (best.base !== -1 && best.len < 2) {
        best = { base: -1, len: 0 };
    }
    let out = "";
    for (let i = 0; i < 8;) {
        if (i === best.base) {
            out += ":";
            i += best.len;
            continue;
        }
        if (i !== 0) {
            out += ":";
        }
        if (i === 6 && best.base === 0 && (best.len === 6 || (best.len === 5 && words[5] === 0xffff))) {
            out += ipv4Text(a, 12);
            break;
        }
        out += words[i].toString(16);
        i++;
    }
    if (best.base !== -1 && best.base + best.len === 8) {
        out += ":";
    }
    return out;
}

/** `atol`-style: the value of the leading decimal digits, 0 if none. */
function leadingInt(text: string): number {
    const m = /^\s*[+]?([0-9]+)/.exec(text);
    return m === null ? 0 : Number(m[1]);
}

/** True if the 16 address bytes are all zero. @internal */
export function isZeroAddr(a: Uint8Array): boolean {
    return a.every((b) => b === 0);
}

/** True if two 16-byte addresses are equal. @internal */
export function sameAddr(a: Uint8Array, b: Uint8Array): boolean {
    for (let i = 0; i < 16; i++) {
        if (a[i] !== b[i]) {
            return false;
        }
    }
    return true;
}

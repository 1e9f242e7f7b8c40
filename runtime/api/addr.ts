/**
 * Text forms of IPv6 and IPv4 addresses, as `sock_util`'s `sock_udp_str2ep` accepts them.
 * Not part of the firmware API.
 * @packageDocumentation
 */

/** Parses dotted-quad IPv4 into `out[0..3]`; false if malformed. */
export function parseIpv4(text: string, out: Uint8Array): boolean {
    const parts = text.split(".");
    if (parts.length !== 4) {
        return false;
    }
    for (let i = 0; i < 4; i++) {
        if (!/^[0-9]{1,3}$/.test(parts[i])) {
            return false;
        }
        const v = Number(parts[i]);
        if (v > 255) {
            return false;
        }
        out[i] = v;
    }
    return true;
}

/** Parses RFC 4291 text (with `::` and an optional dotted-quad tail) into 16 bytes. */
export function parseIpv6(text: string, out: Uint8Array): boolean {
    const groups: number[] = [];
    const halves = text.split("::");
    if (halves.length > 2) {
        return false;
    }
    const parseHalf = (half: string, into: number[], allowV4Tail: boolean): boolean => {
        if (half === "") {
            return true;
        }
        const parts = half.split(":");
        for (let i = 0; i < parts.length; i++) {
            const p = parts[i];
            if (allowV4Tail && i === parts.length - 1 && p.includes(".")) {
                const v4 = new Uint8Array(4);
                if (!parseIpv4(p, v4)) {
                    return false;
                }
                into.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
                continue;
            }
            if (!/^[0-9a-fA-F]{1,4}$/.test(p)) {
                return false;
            }
            into.push(parseInt(p, 16));
        }
        return true;
    };
    if (halves.length === 2) {
        const tail: number[] = [];
        if (!parseHalf(halves[0], groups, false) || !parseHalf(halves[1], tail, true)) {
            return false;
        }
        if (groups.length + tail.length > 7) {
            return false;
        }
        while (groups.length + tail.length < 8) {
            groups.push(0);
        }
        groups.push(...tail);
    } else if (!parseHalf(text, groups, true) || groups.length !== 8) {
        return false;
    }
    for (let i = 0; i < 8; i++) {
        out[2 * i] = groups[i] >> 8;
        out[2 * i + 1] = groups[i] & 0xff;
    }
    return true;
}

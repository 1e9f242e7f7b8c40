/**
 * Address text as node:dgram and node:net use it, to and from riotscript's 16 bytes.
 * Not part of the firmware API.
 * @packageDocumentation
 */
import { parseIpv4, parseIpv6 } from "../api/addr";
import { AF } from "../api/sock";

/** Text form of 16 address bytes, for node:dgram. */
export function addrToString(family: AF, addr: Uint8Array): string {
    if (family === AF.INET) {
        return `${addr[0]}.${addr[1]}.${addr[2]}.${addr[3]}`;
    }
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) {
        groups.push(((addr[i] << 8) | addr[i + 1]).toString(16));
    }
    return groups.join(":");
}

/** 16 address bytes from node:dgram's text form. */
export function addrFromString(text: string): { family: AF; addr: Uint8Array } {
    const addr = new Uint8Array(16);
    if (text.includes(":")) {
        parseIpv6(text.split("%")[0], addr);
        return { family: AF.INET6, addr };
    }
    parseIpv4(text, addr);
    return { family: AF.INET, addr };
}

/**
 * The Node backend over real operating-system sockets (node:dgram): the firmware talks to
 * real clients on loopback, as the compiled host binary does.
 */
import * as dgram from "node:dgram";
import { parseIpv4, parseIpv6 } from "../api/addr";
import { Backend, Datagram, UdpTransport } from "../api/platform";
import { AF } from "../api/sock";
import { Errno } from "../api/errno";

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

function ephemeralPort(): number {
    return 49152 + Math.floor(Math.random() * (65536 - 49152));
}

/** Every socket the backend has open, so a test can shut the firmware's network down. */
const open = new Set<dgram.Socket>();

/** Closes every socket the firmware opened (for test teardown). */
export function closeAllSockets(): void {
    for (const s of open) {
        s.close();
    }
    open.clear();
}

class DgramTransport implements UdpTransport {
    constructor(private readonly socket: dgram.Socket, readonly port: number) {
        open.add(socket);
    }

    send(data: Uint8Array, family: AF, addr: Uint8Array, port: number): number {
        this.socket.send(data, port, addrToString(family, addr));
        return data.length;
    }

    close(): void {
        if (open.delete(this.socket)) {
            this.socket.close();
        }
    }
}

/** The backend: `setImmediate` scheduling, faults printed and fatal, dgram sockets. */
export const nodeBackend: Backend = {
    defer(fn) {
        setImmediate(fn);
    },
    fault(error) {
        process.nextTick(() => {
            throw error;
        });
    },
    bindUdp(family, addr, port, deliver: (d: Datagram) => void) {
        if (family !== AF.INET6 && family !== AF.INET) {
            return -Errno.EAFNOSUPPORT;
        }
        const socket = dgram.createSocket({ type: family === AF.INET6 ? "udp6" : "udp4",
            ipv6Only: true });
        const chosen = port === 0 ? ephemeralPort() : port;
        socket.on("message", (msg, rinfo) => {
            const from = addrFromString(rinfo.address);
            deliver({ data: new Uint8Array(msg), family: from.family, addr: from.addr,
                port: rinfo.port, netif: 0 });
        });
        socket.on("error", (err) => nodeBackend.fault(err));
        socket.bind({ port: chosen, address: addrToString(family, addr), exclusive: true });
        return new DgramTransport(socket, chosen);
    },
};

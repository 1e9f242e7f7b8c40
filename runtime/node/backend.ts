/**
 * The Node backend over real operating-system sockets (node:dgram): the firmware talks to
 * real clients on loopback, as the compiled host binary does.
 */
import * as dgram from "node:dgram";
import { Backend, Datagram, shared, UdpTransport } from "../api/platform";
import { AF } from "../api/sock";
import { Errno } from "../api/errno";
import { addrFromString, addrToString } from "./addr";
import { closeAllTcp, tcpConnect, tcpListen } from "./tcp";

export { addrFromString, addrToString } from "./addr";

function ephemeralPort(): number {
    return 49152 + Math.floor(Math.random() * (65536 - 49152));
}

/**
 * Every socket the backend has open, so a test can shut the firmware's network down; kept
 * where every copy of this module (a test may load the firmware in its own registry) sees it.
 */
const open = (shared[Symbol.for("riotscript.openSockets")] ??= new Set<dgram.Socket>()) as Set<dgram.Socket>;

/** The firmware's pending timers, cancelled with its sockets. */
const timers = (shared[Symbol.for("riotscript.timers")] ??= new Set<NodeJS.Timeout>()) as Set<NodeJS.Timeout>;

/** Closes every socket the firmware opened and cancels its timers (for test teardown). */
export function closeAllSockets(): void {
    for (const t of timers) {
        clearTimeout(t);
    }
    timers.clear();
    for (const s of open) {
        s.close();
    }
    open.clear();
    boundPorts.clear();
    closeAllTcp();
}

/**
 * Ports this process has bound, by family: node:dgram binds asynchronously, so a second
 * bind of a port the firmware already holds is answered here, synchronously, with
 * -EADDRINUSE as RIOT answers it.
 */
const boundPorts = (shared[Symbol.for("riotscript.boundPorts")] ??= new Set<string>()) as Set<string>;

class DgramTransport implements UdpTransport {
    constructor(private readonly socket: dgram.Socket, readonly port: number, private readonly key: string) {
        open.add(socket);
        boundPorts.add(key);
    }

    send(data: Uint8Array, family: AF, addr: Uint8Array, port: number): number {
        this.socket.send(data, port, addrToString(family, addr));
        return data.length;
    }

    close(): void {
        boundPorts.delete(this.key);
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
    now() {
        return performance.now();
    },
    sleep(ms) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    },
    setTimer(ms, fn) {
        const t = setTimeout(() => {
            timers.delete(t);
            fn();
        }, ms);
        timers.add(t);
        return {
            cancel: () => {
                clearTimeout(t);
                timers.delete(t);
            },
        };
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
        let chosen = port === 0 ? ephemeralPort() : port;
        while (port === 0 && boundPorts.has(`${family}/${chosen}`)) {
            chosen = ephemeralPort();
        }
        if (boundPorts.has(`${family}/${chosen}`)) {
            return -Errno.EADDRINUSE;
        }
        socket.on("message", (msg, rinfo) => {
            const from = addrFromString(rinfo.address);
            deliver({ data: new Uint8Array(msg), family: from.family, addr: from.addr,
                port: rinfo.port, netif: 0 });
        });
        socket.on("error", (err) => nodeBackend.fault(err));
        socket.bind({ port: chosen, address: addrToString(family, addr), exclusive: true });
        return new DgramTransport(socket, chosen, `${family}/${chosen}`);
    },
    bindIp() {
        // Node has no raw sockets: raw IP runs on the simulated network (riotscript/testing)
        // and compiled, on the host port or a board
        return -Errno.EPERM;
    },
    tcpListen,
    tcpConnect,
};

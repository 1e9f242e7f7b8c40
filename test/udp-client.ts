/**
 * A real UDP client (node:dgram) for end-to-end tests: send a datagram, await the reply.
 */
import * as dgram from "node:dgram";

export class UdpClient {
    private readonly socket: dgram.Socket;
    private readonly inbox: Buffer[] = [];
    private waiter: ((b: Buffer) => void) | null = null;

    constructor(readonly family: "udp6" | "udp4", readonly host: string, readonly port: number) {
        this.socket = dgram.createSocket(family);
        this.socket.on("message", (msg) => {
            if (this.waiter) {
                const w = this.waiter;
                this.waiter = null;
                w(msg);
            } else {
                this.inbox.push(msg);
            }
        });
    }

    send(data: Buffer): Promise<void> {
        return new Promise((resolve, reject) =>
            this.socket.send(data, this.port, this.host, (err) => (err ? reject(err) : resolve())));
    }

    /** The next reply, or null if none comes within `ms`. */
    receive(ms: number): Promise<Buffer | null> {
        const queued = this.inbox.shift();
        if (queued) {
            return Promise.resolve(queued);
        }
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                this.waiter = null;
                resolve(null);
            }, ms);
            this.waiter = (b) => {
                clearTimeout(timer);
                resolve(b);
            };
        });
    }

    async roundTrip(data: Buffer, ms = 2000): Promise<Buffer | null> {
        await this.send(data);
        return this.receive(ms);
    }

    close(): void {
        this.socket.close();
    }
}

/** Deterministic pseudo-random payload of `len` bytes. */
export function payload(len: number, seed: number): Buffer {
    const b = Buffer.alloc(len);
    let x = seed * 2654435761 >>> 0;
    for (let i = 0; i < len; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        b[i] = x >>> 24;
    }
    return b;
}

/** Waits until `probe` returns a reply (the server is up), up to `ms`. */
export async function waitForServer(client: UdpClient, ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
        if (await client.roundTrip(Buffer.from("ping"), 200)) {
            return;
        }
    }
    throw new Error("server did not answer");
}

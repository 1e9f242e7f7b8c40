/*
 * DTLS echo server: DTLS 1.2 with a pre-shared key (TLS_PSK_WITH_AES_128_CCM_8, tinydtls's
 * default) on UDP port 5684. Every record a client sends comes back to it, encrypted.
 * A client that holds another key never gets a session; datagrams that are not DTLS are
 * dropped without an answer.
 *
 * Records are at most 160 bytes (`buf`): tinydtls sizes its record buffer to the largest
 * send (riotscript sets DTLS_MAX_BUF from it), and the micro:bit has 16 KiB of RAM.
 *
 * tinydtls has room for 2 peers, and keeps the peer of a handshake that never finishes (a
 * client with the wrong key, or one that went silent) until that client starts over. So
 * that no client can lock the others out, the server resets its socks when it has heard
 * nothing for IDLE_MS: idle sessions and half-done handshakes end, and clients start over.
 * (Counting sessions would not do: two close_notify before the handler runs are one event.)
 */
import {
    Clock, credmanAddPsk, DtlsRole, DtlsSession, DtlsSock, DtlsVersion, Errno, EventQueue, PeriodicCallback,
    SOCK_DTLS_HANDSHAKE, SockAsync, SockFlags, UdpEndpoint, UdpSock, u32, ztimerNow,
} from "riotscript";

const PORT = 5684;
const PSK_TAG = 10;
const PSK_IDENTITY = "Client_identity";
const PSK_KEY = "secretPSK";
/** Nothing heard for this long (no handshake finished, no record): the socks are reset. */
const IDLE_MS = 10000;

const queue = new EventQueue();
const udp = new UdpSock();
const dtls = new DtlsSock();
const buf = new Uint8Array(160);
const sweeper = new PeriodicCallback();

/** When the last handshake finished or the last record came (ZTIMER_MSEC). */
let lastHeard: u32 = 0;

function handler(sock: DtlsSock, flags: SockAsync, arg: null): void {
    if (flags & SockAsync.CONN_FIN) {
        const closed = new DtlsSession();
        if (sock.getEventSession(closed)) {
            console.log("session closed by the client");
        }
    }
    if (flags & (SockAsync.CONN_RECV | SockAsync.MSG_RECV)) {
        const session = new DtlsSession();
        const n = sock.recv(session, buf, 0);
        if (n === -SOCK_DTLS_HANDSHAKE) {
            console.log("new session");
            lastHeard = ztimerNow(Clock.MSEC);
            return;
        }
        if (n === -Errno.ENOBUFS) {
            console.log("dropped an oversize record");
            return;
        }
        if (n < 0) {
            return;
        }
        lastHeard = ztimerNow(Clock.MSEC);
        if (sock.send(session, buf, n, 0) < 0) {
            console.log("Error sending reply");
            return;
        }
        console.log(`echoed ${n} bytes`);
    }
}

/** Creates the UDP sock and the DTLS sock on it, and delivers their events to the queue. */
function openDtls(): boolean {
    const local = UdpEndpoint.ipv6Any(PORT);
    if (udp.create(local, null, SockFlags.NONE) < 0) {
        console.log("Error creating UDP sock");
        return false;
    }
    if (dtls.create(udp, PSK_TAG, DtlsVersion.DTLS_1_2, DtlsRole.SERVER) < 0) {
        console.log("Error creating DTLS sock");
        return false;
    }
    dtls.eventInit(queue, handler, null);
    return true;
}

/** Every second: after IDLE_MS with nothing heard, closes both socks and opens them again. */
function sweep(arg: null): void {
    if (u32(ztimerNow(Clock.MSEC) - lastHeard) >= IDLE_MS) {
        // every peer and half-done handshake goes. The UDP sock is closed and made again too:
        // its event may be queued, and initialising a queued event corrupts the queue
        dtls.close();
        udp.close();
        lastHeard = ztimerNow(Clock.MSEC);
        openDtls();
    }
}

export function main(): number {
    if (credmanAddPsk(PSK_TAG, PSK_KEY, PSK_IDENTITY) < 0) {
        console.log("Error adding the PSK credential");
        return 1;
    }
    queue.init();
    if (!openDtls()) {
        return 1;
    }
    lastHeard = ztimerNow(Clock.MSEC);
    sweeper.init(Clock.MSEC, queue, sweep, null);
    sweeper.start(1000);
    console.log(`DTLS echo on port ${PORT}`);
    queue.loop();
    return 0;
}

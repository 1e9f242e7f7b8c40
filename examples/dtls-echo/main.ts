/*
 * DTLS echo server: DTLS 1.2 with a pre-shared key (TLS_PSK_WITH_AES_128_CCM_8, tinydtls's
 * default) on UDP port 5684. Every record a client sends comes back to it, encrypted.
 * A client that holds another key never gets a session; datagrams that are not DTLS are
 * dropped without an answer.
 *
 * Records are at most 160 bytes (`buf`): tinydtls sizes its record buffer to the largest
 * send (riotscript sets DTLS_MAX_BUF from it), and the micro:bit has 16 KiB of RAM.
 */
import {
    credmanAddPsk, DtlsRole, DtlsSession, DtlsSock, DtlsVersion, Errno, EventQueue, SOCK_DTLS_HANDSHAKE, SockAsync,
    SockFlags, UdpEndpoint, UdpSock,
} from "riotscript";

const PORT = 5684;
const PSK_TAG = 10;
const PSK_IDENTITY = "Client_identity";
const PSK_KEY = "secretPSK";

const queue = new EventQueue();
const udp = new UdpSock();
const dtls = new DtlsSock();
const buf = new Uint8Array(160);

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
            return;
        }
        if (n === -Errno.ENOBUFS) {
            console.log("dropped an oversize record");
            return;
        }
        if (n < 0) {
            return;
        }
        if (sock.send(session, buf, n, 0) < 0) {
            console.log("Error sending reply");
            return;
        }
        console.log(`echoed ${n} bytes`);
    }
}

export function main(): number {
    const local = UdpEndpoint.ipv6Any(PORT);
    if (udp.create(local, null, SockFlags.NONE) < 0) {
        console.log("Error creating UDP sock");
        return 1;
    }
    if (credmanAddPsk(PSK_TAG, PSK_KEY, PSK_IDENTITY) < 0) {
        console.log("Error adding the PSK credential");
        return 1;
    }
    if (dtls.create(udp, PSK_TAG, DtlsVersion.DTLS_1_2, DtlsRole.SERVER) < 0) {
        console.log("Error creating DTLS sock");
        return 1;
    }
    queue.init();
    dtls.eventInit(queue, handler, null);
    console.log(`DTLS echo on port ${PORT}`);
    queue.loop();
    return 0;
}

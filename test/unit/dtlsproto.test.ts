/**
 * riotscript's DTLS engine (runtime/api/dtlsproto.ts) as tinydtls behaves, in memory: the
 * extended master secret and renegotiation info are required, a Finished under another key
 * gets no answer (the handshake waits, as tinydtls's does), and the server's records go on
 * from the ClientHello's record number.
 */
import { DtlsEngine, DtlsEvent, parseClientHello } from "../../runtime/api/dtlsproto";

const enc = (s: string) => new TextEncoder().encode(s);

/** A client and a server wired back to back; what each sent, and the events each saw. */
function pair(clientKey = "secretPSK") {
    const toServer: Uint8Array[] = [];
    const toClient: Uint8Array[] = [];
    const client = new DtlsEngine("client", {
        send: (d) => toServer.push(d),
        psk: { identity: enc("Client_identity"), key: enc(clientKey) },
    });
    const server = new DtlsEngine("server", {
        send: (d) => toClient.push(d),
        keyFor: (id) => (Buffer.from(id).toString() === "Client_identity" ? enc("secretPSK") : null),
    });
    const events = { client: [] as DtlsEvent[], server: [] as DtlsEvent[] };
    /** Delivers what is in flight until both sides are quiet. */
    const run = () => {
        while (toServer.length > 0 || toClient.length > 0) {
            for (const d of toServer.splice(0)) {
                events.server.push(...server.input(d));
            }
            for (const d of toClient.splice(0)) {
                events.client.push(...client.input(d));
            }
        }
    };
    return { client, server, toServer, toClient, events, run };
}

/** The record of a ClientHello without its extensions block (a client without RFC 7627). */
function withoutExtensions(record: Uint8Array): Uint8Array {
    const r = Buffer.from(record);
    const bodyLen = r.readUIntBE(14, 3);
    const body = r.subarray(25, 25 + bodyLen);
    let at = 2 + 32;
    at += 1 + body[at];
    at += 1 + body[at];
    at += 2 + body.readUInt16BE(at);
    at += 1 + body[at]; // compression methods: the extensions start here
    const cut = bodyLen - at;
    const out = Buffer.concat([r.subarray(0, 25), body.subarray(0, at)]);
    out.writeUInt16BE(r.readUInt16BE(11) - cut, 11);
    out.writeUIntBE(bodyLen - cut, 14, 3);
    out.writeUIntBE(bodyLen - cut, 22, 3);
    return new Uint8Array(out);
}

test("a handshake with the extended master secret, then records both ways", () => {
    const p = pair();
    p.client.start();
    const hello = parseClientHello(p.toServer.shift() as Uint8Array);
    expect(hello?.extendedMasterSecret).toBe(true);
    expect(hello?.renegotiationInfo).toBe(true);
    p.server.accept(hello as NonNullable<typeof hello>);
    p.run();
    expect(p.events.client).toContainEqual({ k: "connected" });
    expect(p.events.server).toContainEqual({ k: "connected" });
    p.client.write(enc("ping"));
    p.run();
    expect(p.events.server).toContainEqual({ k: "data", data: enc("ping") });
});

test("a ClientHello without the extended master secret is refused, as tinydtls refuses it", () => {
    const p = pair();
    p.client.start();
    const hello = parseClientHello(withoutExtensions(p.toServer.shift() as Uint8Array));
    expect(hello).not.toBeNull();
    expect(hello?.extendedMasterSecret).toBe(false);
    const events = p.server.accept(hello as NonNullable<typeof hello>);
    expect(events).toEqual([{ k: "failed", why: expect.stringContaining("extended master secret") }]);
    expect(Buffer.from(p.toClient[0]).subarray(13)).toEqual(Buffer.from([2, 40])); // fatal handshake_failure
});

test("a Finished under another key gets no answer: the server keeps waiting, as tinydtls does", () => {
    const p = pair("not the key");
    p.client.start();
    p.server.accept(parseClientHello(p.toServer.shift() as Uint8Array) as NonNullable<ReturnType<typeof parseClientHello>>);
    p.run();
    expect(p.events.client).toEqual([]);
    expect(p.events.server).toEqual([]);
    expect(p.server.state).toBe("wait-finished");
    expect(p.client.state).toBe("wait-ccs");
});

test("the server's records go on from the ClientHello's record number", () => {
    const p = pair();
    p.client.start();
    const record = Buffer.from(p.toServer.shift() as Uint8Array);
    record.writeUIntBE(7, 5, 6); // as if the client had sent 7 records (a HelloVerifyRequest took one)
    const hello = parseClientHello(new Uint8Array(record));
    expect(hello?.recordSeq).toBe(7);
    p.server.accept(hello as NonNullable<typeof hello>);
    const serverHello = Buffer.from(p.toClient[0]);
    expect(serverHello.readUIntBE(5, 6)).toBe(7);
});

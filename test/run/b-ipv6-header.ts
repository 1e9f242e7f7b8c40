import { u8, u16, u32, i32, readU16BE, readU32BE, writeU16BE, writeU32BE } from "riotscript";

// An IPv6-like fixed header (40 bytes): encode from a struct, decode into another, compare.
const HEADER_LEN = 40;

class Ipv6Header {
    version: u8 = 6;
    trafficClass: u8 = 0;
    flowLabel: u32 = 0;
    payloadLength: u16 = 0;
    nextHeader: u8 = 0;
    hopLimit: u8 = 64;
    readonly src = new Uint8Array(16);
    readonly dst = new Uint8Array(16);

    encode(out: Uint8Array): void {
        const word = u32((this.version << 28) | (this.trafficClass << 20) | (this.flowLabel & 0xfffff));
        writeU32BE(out, 0, word);
        const len = this.payloadLength;
        writeU16BE(out, 4, len);
        out[6] = this.nextHeader;
        out[7] = this.hopLimit;
        for (let i = 0; i < 16; i++) {
            out[8 + i] = this.src[i];
            out[24 + i] = this.dst[i];
        }
    }

    decode(inp: Uint8Array): boolean {
        if (inp.length < HEADER_LEN) {
            return false;
        }
        const word = readU32BE(inp, 0);
        this.version = u8(word >>> 28);
        this.trafficClass = u8(word >>> 20);
        this.flowLabel = word & 0xfffff;
        this.payloadLength = readU16BE(inp, 4);
        this.nextHeader = inp[6];
        this.hopLimit = inp[7];
        for (let i = 0; i < 16; i++) {
            this.src[i] = inp[8 + i];
            this.dst[i] = inp[24 + i];
        }
        return this.version === 6;
    }

    addrSum(): u32 {
        let s: u32 = 0;
        for (let i = 0; i < 16; i += 2) {
            s = u32(s + readU16BE(this.src, i) + readU16BE(this.dst, i));
        }
        return s;
    }
}

const wire = new Uint8Array(48);
const tx = new Ipv6Header();
const rx = new Ipv6Header();

function setLinkLocal(addr: Uint8Array, iid: u32): void {
    for (let i = 0; i < addr.length; i++) {
        addr[i] = 0;
    }
    writeU16BE(addr, 0, 0xfe80);
    writeU32BE(addr, 12, iid);
}

function describe(h: Ipv6Header, tag: i32): void {
    console.log(`${tag}: v${h.version} tc=${h.trafficClass} flow=${h.flowLabel} len=${h.payloadLength} nh=${h.nextHeader} hl=${h.hopLimit} src0=${readU16BE(h.src, 0)} dst12=${readU32BE(h.dst, 12)} sum=${h.addrSum()}`);
}

export function main(): number {
    tx.trafficClass = 0xb8;
    tx.flowLabel = 0xabcde;
    tx.payloadLength = 1280;
    tx.nextHeader = 17;
    setLinkLocal(tx.src, 0x02000001);
    setLinkLocal(tx.dst, 0xcafe0002);
    tx.encode(wire);
    console.log(`bytes ${wire[0]} ${wire[1]} ${wire[2]} ${wire[3]} | ${wire[4]} ${wire[5]} ${wire[6]} ${wire[7]} | ${wire[8]} ${wire[9]} ${wire[39]}`);
    const ok = rx.decode(wire);
    console.log(`decoded ok=${ok}`);
    describe(tx, 1);
    describe(rx, 2);
    for (let hop = 0; hop < 3; hop++) {
        rx.hopLimit = u8(rx.hopLimit - 1);
        rx.flowLabel = u32(rx.flowLabel + 0x10000);
        rx.encode(wire);
        console.log(`hop ${hop}: byte7=${wire[7]} word0=${readU32BE(wire, 0)}`);
    }
    wire[0] = 0x45;
    const ok2 = rx.decode(wire);
    console.log(`v4 packet ok=${ok2} version=${rx.version} tc=${rx.trafficClass}`);
    const shortBuf = wire.subarray(0, 20);
    const ok3 = rx.decode(shortBuf);
    console.log(`short ok=${ok3}`);
    describe(rx, 3);
    return 0;
}

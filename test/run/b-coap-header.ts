import { u8, u16, i32, readU16BE, writeU16BE } from "riotscript";

// A CoAP-like message: 4-byte header, token, delta-encoded options, payload marker.
enum MsgType { Con = 0, Non = 1, Ack = 2, Rst = 3 }

const OPT_URI_PATH = 11;
const OPT_CONTENT_FORMAT = 12;
const OPT_BLOCK2 = 23;
const OPT_SIZE1 = 60;

function nibble(v: i32): u8 {
    if (v < 13) return u8(v);
    if (v < 269) return 13;
    return 14;
}

class CoapWriter {
    readonly buf = new Uint8Array(64);
    len: i32 = 0;
    lastOpt: u16 = 0;

    byte(b: u8): void {
        if (this.len < this.buf.length) {
            this.buf[this.len] = b;
            this.len = i32(this.len + 1);
        }
    }

    header(t: MsgType, code: u8, id: u16, tkl: u8): void {
        this.len = 0;
        this.lastOpt = 0;
        this.byte(u8(0x40 | (t << 4) | (tkl & 15)));
        this.byte(code);
        this.byte(u8(id >> 8));
        this.byte(u8(id));
        for (let i = 0; i < tkl; i++) {
            this.byte(u8(0xa0 + i));
        }
    }

    extended(v: i32): void {
        if (v >= 269) {
            const e = u16(v - 269);
            this.byte(u8(e >> 8));
            this.byte(u8(e));
        } else if (v >= 13) {
            this.byte(u8(v - 13));
        }
    }

    option(num: u16, len: i32, fill: u8): void {
        const delta = i32(num - this.lastOpt);
        this.lastOpt = num;
        const first = u8((nibble(delta) << 4) | nibble(len));
        this.byte(first);
        this.extended(delta);
        this.extended(len);
        for (let i = 0; i < len; i++) {
            this.byte(u8(fill + i));
        }
    }

    payload(n: i32): void {
        this.byte(0xff);
        for (let i = 0; i < n; i++) {
            this.byte(u8(0x30 + i));
        }
    }
}

const w = new CoapWriter();

function readExt(buf: Uint8Array, pos: i32, nib: i32): i32 {
    if (nib === 13 && pos < buf.length) return i32(buf[pos] + 13);
    if (nib === 14 && pos + 1 < buf.length) return i32(readU16BE(buf, pos) + 269);
    return nib;
}

function extLen(nib: i32): i32 {
    return nib === 13 ? 1 : nib === 14 ? 2 : 0;
}

function parse(buf: Uint8Array, len: i32): void {
    if (len < 4 || len > buf.length) {
        console.log(`too short`);
        return;
    }
    const ver = buf[0] >> 6;
    const t: MsgType = (buf[0] >> 4) & 3;
    const tkl = buf[0] & 15;
    console.log(`ver=${ver} type=${t} tkl=${tkl} code=${buf[1] >> 5}.${buf[1] & 31} id=${readU16BE(buf, 2)}`);
    let pos = i32(4 + tkl);
    let opt = 0;
    while (pos < len) {
        const first = buf[pos];
        if (first === 0xff) {
            console.log(`payload ${len - pos - 1} bytes, first ${pos + 1 < len ? buf[pos + 1] : -1}`);
            return;
        }
        pos = i32(pos + 1);
        const dn = first >> 4;
        const ln = first & 15;
        const delta = readExt(buf, pos, dn);
        pos = i32(pos + extLen(dn));
        const olen = readExt(buf, pos, ln);
        pos = i32(pos + extLen(ln));
        opt = i32(opt + delta);
        const firstByte = olen > 0 && pos < len ? buf[pos] : -1;
        console.log(`  option ${opt} len ${olen} at ${pos} first ${firstByte}`);
        pos = i32(pos + olen);
    }
    console.log(`no payload`);
}

export function main(): number {
    console.log(`types ${MsgType.Con} ${MsgType.Non} ${MsgType.Ack} ${MsgType.Rst}`);
    w.header(MsgType.Con, 0x01, 0x1234, 2);
    w.option(OPT_URI_PATH, 4, 0x61);
    w.option(OPT_URI_PATH, 3, 0x78);
    w.option(OPT_CONTENT_FORMAT, 1, 50);
    w.option(OPT_BLOCK2, 0, 0);
    w.option(OPT_SIZE1, 2, 9);
    w.payload(5);
    console.log(`encoded ${w.len} bytes: ${w.buf[0]} ${w.buf[1]} ${w.buf[2]} ${w.buf[3]} ${w.buf[6]}`);
    parse(w.buf, w.len);
    w.header(MsgType.Ack, 0x45, 0xfffe, 0);
    w.option(300, 14, 1);
    parse(w.buf, w.len);
    writeU16BE(w.buf, 2, 7);
    w.buf[0] = 0xd8;
    parse(w.buf, 3);
    parse(w.buf, 4);
    return 0;
}

import { u8, u16, u32, i32, readU16BE, readU32BE, writeU16BE, writeU32BE } from "riotscript";

// Type-length-value records: a builder, a parser with a visitor switch, and error handling.
const enum Tag {
    End = 0,
    Temperature = 1,
    Humidity = 2,
    Counter = 3,
    Name = 4,
    Nested = 5,
}

const msg = new Uint8Array(64);
let used = 0;

class Stats {
    records: i32 = 0;
    tempSum: i32 = 0;
    humMax: u16 = 0;
    counter: u32 = 0;
    nameBytes: i32 = 0;
    unknown: i32 = 0;
    errors: i32 = 0;
}

function put(tag: u8, len: u8): i32 {
    if (used + 2 + len > msg.length) {
        return -1;
    }
    msg[used] = tag;
    msg[used + 1] = len;
    const at = i32(used + 2);
    used = i32(used + 2 + len);
    return at;
}

function build(): void {
    let at = put(Tag.Temperature, 2);
    if (at >= 0) writeU16BE(msg, at, 0xff38); // -200 (-20.0 C) as two's complement
    at = put(Tag.Humidity, 2);
    if (at >= 0) writeU16BE(msg, at, 655);
    at = put(Tag.Counter, 4);
    if (at >= 0) writeU32BE(msg, at, 4000000000);
    at = put(Tag.Name, 5);
    if (at >= 0) {
        for (let i = 0; i < 5; i++) {
            msg[at + i] = 0x61 + i;
        }
    }
    at = put(9, 3);
    at = put(Tag.Temperature, 2);
    if (at >= 0) writeU16BE(msg, at, 215);
    at = put(Tag.Humidity, 2);
    if (at >= 0) writeU16BE(msg, at, 812);
    put(Tag.End, 0);
}

function visit(s: Stats, buf: Uint8Array, len: i32): void {
    let pos = 0;
    while (pos + 2 <= len) {
        const tag: Tag = buf[pos];
        const l = buf[pos + 1];
        const body = i32(pos + 2);
        if (body + l > len) {
            console.log(`truncated record tag=${tag} at ${pos}`);
            s.errors = i32(s.errors + 1);
            return;
        }
        s.records = i32(s.records + 1);
        switch (tag) {
            case Tag.End:
                console.log(`end at ${pos}`);
                return;
            case Tag.Temperature: {
                const raw = readU16BE(buf, body);
                const t = raw >= 0x8000 ? raw - 0x10000 : raw;
                s.tempSum = i32(s.tempSum + t);
                console.log(`temp ${t}`);
                break;
            }
            case Tag.Humidity: {
                const h = readU16BE(buf, body);
                if (h > s.humMax) s.humMax = h;
                console.log(`hum ${h}`);
                break;
            }
            case Tag.Counter:
                s.counter = readU32BE(buf, body);
                console.log(`counter ${s.counter}`);
                break;
            case Tag.Name:
                s.nameBytes = i32(s.nameBytes + l);
                console.log(`name of ${l} bytes starting ${buf[body]}`);
                break;
            default:
                s.unknown = i32(s.unknown + 1);
                console.log(`skip unknown tag ${tag} len ${l}`);
        }
        pos = i32(body + l);
    }
}

export function main(): number {
    build();
    console.log(`built ${used} bytes`);
    const stats = new Stats();
    visit(stats, msg, used);
    console.log(`records=${stats.records} tempSum=${stats.tempSum} humMax=${stats.humMax} counter=${stats.counter} name=${stats.nameBytes} unknown=${stats.unknown} errors=${stats.errors}`);
    const again = new Stats();
    visit(again, msg, 20);
    console.log(`partial records=${again.records} errors=${again.errors} tempSum=${again.tempSum}`);
    msg[1] = 60;
    const bad = new Stats();
    visit(bad, msg, used);
    console.log(`bad records=${bad.records} errors=${bad.errors}`);
    return 0;
}

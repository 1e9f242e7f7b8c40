import { u8, u32, i32 } from "riotscript";

// A UTF-8 decoder as an enum state machine fed one byte at a time; reports code points and
// replaces malformed sequences with U+FFFD.
enum Utf8State { Start, Need1, Need2, Need3 }

const INPUT = [
    0x48, 0x69, 0x20,                   // "Hi "
    0xc3, 0xa9,                         // U+00E9
    0xe2, 0x82, 0xac,                   // U+20AC
    0xf0, 0x9f, 0x98, 0x80,             // U+1F600
    0x80,                               // stray continuation
    0xc3, 0x28,                         // truncated 2-byte sequence
    0xe2, 0x82,                         // truncated 3-byte sequence then ASCII
    0x21,
    0xf4, 0x8f, 0xbf, 0xbf,             // U+10FFFF
    0xff,                               // never valid
] as const;

class Decoder {
    state: Utf8State = Utf8State.Start;
    cp: u32 = 0;
    chars: u32 = 0;
    errors: u32 = 0;
    checksum: u32 = 0;

    emit(cp: u32): void {
        this.chars = u32(this.chars + 1);
        this.checksum = u32(Math.imul(this.checksum, 31) + cp);
        console.log(`U+${cp} (${cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4} bytes)`);
    }

    fail(): void {
        this.errors = u32(this.errors + 1);
        this.state = Utf8State.Start;
        this.emit(0xfffd);
    }

    start(b: u8): void {
        if (b < 0x80) {
            this.emit(b);
        } else if ((b & 0xe0) === 0xc0) {
            this.cp = b & 0x1f;
            this.state = Utf8State.Need1;
        } else if ((b & 0xf0) === 0xe0) {
            this.cp = b & 0x0f;
            this.state = Utf8State.Need2;
        } else if ((b & 0xf8) === 0xf0) {
            this.cp = b & 0x07;
            this.state = Utf8State.Need3;
        } else {
            this.fail();
        }
    }

    feed(b: u8): void {
        if (this.state === Utf8State.Start) {
            this.start(b);
            return;
        }
        if ((b & 0xc0) !== 0x80) {
            this.fail();
            this.start(b);
            return;
        }
        this.cp = u32((this.cp << 6) | (b & 0x3f));
        switch (this.state) {
            case Utf8State.Need1:
                this.state = Utf8State.Start;
                this.emit(this.cp);
                break;
            case Utf8State.Need2:
                this.state = Utf8State.Need1;
                break;
            case Utf8State.Need3:
                this.state = Utf8State.Need2;
                break;
            default:
                break;
        }
    }
}

const dec = new Decoder();

export function main(): number {
    let transitions = 0;
    for (let i = 0; i < INPUT.length; i++) {
        const before = dec.state;
        dec.feed(INPUT[i]);
        if (dec.state !== before) transitions = i32(transitions + 1);
    }
    console.log(`chars=${dec.chars} errors=${dec.errors} transitions=${transitions} state=${dec.state} checksum=${dec.checksum}`);
    console.log(`states ${Utf8State.Start} ${Utf8State.Need1} ${Utf8State.Need2} ${Utf8State.Need3}`);
    return 0;
}

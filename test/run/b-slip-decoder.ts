import { u8, u16, u32, i32 } from "riotscript";

// A SLIP (RFC 1055) frame decoder driven byte by byte by an enum state machine.
enum SlipState {
    Idle,
    InFrame,
    Escape,
    Overflow,
}

const END = 0xc0;
const ESC = 0xdb;
const ESC_END = 0xdc;
const ESC_ESC = 0xdd;

const STREAM = [
    0xc0, 0x01, 0x02, 0x03, 0xc0,
    0x10, 0xdb, 0xdc, 0x11, 0xdb, 0xdd, 0x12, 0xc0,
    0xc0, 0xc0,
    0x20, 0xdb, 0x99, 0x21, 0xc0,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xc0,
    0x40, 0x41, 0xc0,
] as const;

class SlipDecoder {
    state: SlipState = SlipState.Idle;
    readonly frame = new Uint8Array(8);
    len: u16 = 0;
    frames: u32 = 0;
    errors: u32 = 0;

    reset(): void {
        this.len = 0;
        this.state = SlipState.InFrame;
    }

    store(b: u8): void {
        if (this.len >= this.frame.length) {
            this.state = SlipState.Overflow;
            return;
        }
        this.frame[this.len] = b;
        this.len = u16(this.len + 1);
    }

    finish(): void {
        if (this.len > 0) {
            this.frames = u32(this.frames + 1);
            let sum = 0;
            for (let i = 0; i < this.len; i++) {
                sum = i32(sum + this.frame[i]);
            }
            console.log(`frame #${this.frames} len=${this.len} first=${this.frame[0]} sum=${sum}`);
        }
        this.reset();
    }

    feed(b: u8): void {
        switch (this.state) {
            case SlipState.Idle:
                if (b === END) {
                    this.reset();
                }
                break;
            case SlipState.InFrame:
                if (b === END) {
                    this.finish();
                } else if (b === ESC) {
                    this.state = SlipState.Escape;
                } else {
                    this.store(b);
                }
                break;
            case SlipState.Escape:
                if (b === ESC_END) {
                    this.state = SlipState.InFrame;
                    this.store(END);
                } else if (b === ESC_ESC) {
                    this.state = SlipState.InFrame;
                    this.store(ESC);
                } else {
                    this.errors = u32(this.errors + 1);
                    console.log(`bad escape ${b} -> state ${SlipState.Idle}`);
                    this.state = SlipState.Idle;
                }
                break;
            case SlipState.Overflow:
                if (b === END) {
                    this.errors = u32(this.errors + 1);
                    console.log(`overflow dropped, len=${this.len}`);
                    this.reset();
                }
                break;
        }
    }
}

const dec = new SlipDecoder();

function stateName(s: SlipState): i32 {
    return i32(s * 10 + 1);
}

export function main(): number {
    console.log(`states ${SlipState.Idle} ${SlipState.InFrame} ${SlipState.Escape} ${SlipState.Overflow}`);
    for (let i = 0; i < STREAM.length; i++) {
        const before = dec.state;
        dec.feed(STREAM[i]);
        if (dec.state !== before) {
            console.log(`  @${i} byte ${STREAM[i]}: ${before} -> ${dec.state} (${stateName(dec.state)})`);
        }
    }
    console.log(`frames=${dec.frames} errors=${dec.errors} state=${dec.state} len=${dec.len}`);
    return 0;
}

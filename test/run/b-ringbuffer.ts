import { u8, u16, u32, i32 } from "riotscript";

class RingBuffer {
    readonly buf = new Uint8Array(8);
    head: u16 = 0;
    tail: u16 = 0;
    count: u16 = 0;
    dropped: u32 = 0;

    push(v: u8): boolean {
        if (this.count === this.buf.length) {
            this.dropped = u32(this.dropped + 1);
            return false;
        }
        this.buf[this.head] = v;
        this.head = u16((this.head + 1) & 7);
        this.count = u16(this.count + 1);
        return true;
    }

    pop(): i32 {
        if (this.count === 0) {
            return -1;
        }
        const v = this.buf[this.tail];
        this.tail = u16((this.tail + 1) & 7);
        this.count = u16(this.count - 1);
        return v;
    }

    peek(): i32 {
        return this.count === 0 ? -1 : this.buf[this.tail];
    }

    isFull(): boolean {
        return this.count === this.buf.length;
    }

    sum(): u32 {
        let s: u32 = 0;
        let idx = this.tail;
        for (let i = 0; i < this.count; i++) {
            s = u32(s + this.buf[idx]);
            idx = u16((idx + 1) & 7);
        }
        return s;
    }
}

const rx = new RingBuffer();

function fill(rb: RingBuffer, start: u8, n: i32): i32 {
    let accepted = 0;
    for (let i = 0; i < n; i++) {
        if (rb.push(u8(start + i * 37))) {
            accepted = i32(accepted + 1);
        }
    }
    return accepted;
}

export function main(): number {
    const first = rx.pop();
    console.log(`empty pop=${first} peek=${rx.peek()} full=${rx.isFull()}`);
    const got = fill(rx, 200, 11);
    console.log(`accepted=${got} count=${rx.count} dropped=${rx.dropped} full=${rx.isFull()}`);
    console.log(`sum=${rx.sum()} head=${rx.head} tail=${rx.tail}`);
    for (let i = 0; i < 3; i++) {
        const v = rx.pop();
        console.log(`pop ${v} count=${rx.count}`);
    }
    fill(rx, 1, 5);
    console.log(`after refill count=${rx.count} dropped=${rx.dropped} sum=${rx.sum()}`);
    const local = new RingBuffer();
    let checksum: u32 = 0;
    for (let round = 0; round < 20; round++) {
        local.push(u8(round * 13));
        if ((round & 1) === 1) {
            const v = local.pop();
            checksum = u32(Math.imul(checksum, 31) + v);
        }
    }
    console.log(`local count=${local.count} checksum=${checksum} peek=${local.peek()}`);
    while (rx.count > 0) {
        const v = rx.pop();
        console.log(`drain ${v}`);
    }
    console.log(`final head=${rx.head} tail=${rx.tail} sum=${rx.sum()}`);
    return 0;
}

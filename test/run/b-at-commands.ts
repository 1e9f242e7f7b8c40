import { u8, u16, u32, i32 } from "riotscript";

// A modem-style command parser: bytes arrive one at a time; "AT+<letter>=<number>\r" sets a
// register, "AT+<letter>?\r" queries it, "AT\r" pings. An enum state machine with the parsed
// command kept in a class.
enum PState { WantA, WantT, AfterAt, Name, AfterName, Number, Query }
const enum Reply { Ok, Error, Value }

const CR = 13;

// "AT\r AT+B=115\r AT+B?\r AT+Z=70000\r AX\r AT+Q=12x\r AT+Q?\r AT+Z?\r"
const INPUT = [
    65, 84, 13,
    65, 84, 43, 66, 61, 49, 49, 53, 13,
    65, 84, 43, 66, 63, 13,
    65, 84, 43, 90, 61, 55, 48, 48, 48, 48, 13,
    65, 88, 13,
    65, 84, 43, 81, 61, 49, 50, 120, 13,
    65, 84, 43, 81, 63, 13,
    65, 84, 43, 90, 63, 13,
] as const;

class Parser {
    state: PState = PState.WantA;
    name: u8 = 0;
    value: u32 = 0;
    bad: boolean = false;
    readonly regs = new Uint16Array(26);
    replies: u16 = 0;

    reply(r: Reply, v: u32): void {
        this.replies = u16(this.replies + 1);
        if (r === Reply.Value) {
            console.log(`+${this.name}: ${v}`);
        } else {
            console.log(r === Reply.Ok ? `OK` : `ERROR`);
        }
    }

    reset(): void {
        this.state = PState.WantA;
        this.name = 0;
        this.value = 0;
        this.bad = false;
    }

    finish(): void {
        if (this.bad) {
            this.reply(Reply.Error, 0);
        } else if (this.state === PState.AfterAt) {
            this.reply(Reply.Ok, 0);
        } else if (this.state === PState.Number && this.value <= 0xffff) {
            this.regs[this.name - 65] = this.value;
            this.reply(Reply.Ok, 0);
        } else if (this.state === PState.Query) {
            const v = this.regs[this.name - 65];
            this.reply(Reply.Value, v);
        } else {
            this.reply(Reply.Error, 0);
        }
        this.reset();
    }

    feed(c: u8): void {
        if (c === CR) {
            this.finish();
            return;
        }
        switch (this.state) {
            case PState.WantA:
                if (c === 65) this.state = PState.WantT; else this.bad = true;
                break;
            case PState.WantT:
                if (c === 84) this.state = PState.AfterAt; else this.bad = true;
                break;
            case PState.AfterAt:
                if (c === 43) this.state = PState.Name; else this.bad = true;
                break;
            case PState.Name:
                if (c >= 65 && c <= 90) {
                    this.name = c;
                    this.state = PState.AfterName;
                } else {
                    this.bad = true;
                }
                break;
            case PState.AfterName:
                if (c === 61) this.state = PState.Number;
                else if (c === 63) this.state = PState.Query;
                else this.bad = true;
                break;
            case PState.Number:
                if (c >= 48 && c <= 57 && this.value < 100000000) {
                    this.value = u32(this.value * 10 + (c - 48));
                } else {
                    this.bad = true;
                }
                break;
            case PState.Query:
                this.bad = true;
                break;
        }
    }
}

const parser = new Parser();

export function main(): number {
    let transitions = 0;
    for (let i = 0; i < INPUT.length; i++) {
        const before = parser.state;
        parser.feed(INPUT[i]);
        if (parser.state !== before) transitions = i32(transitions + 1);
    }
    console.log(`replies ${parser.replies} transitions ${transitions} state ${parser.state}`);
    console.log(`regs B=${parser.regs[1]} Q=${parser.regs[16]} Z=${parser.regs[25]} states ${PState.WantA}..${PState.Query}`);
    return 0;
}

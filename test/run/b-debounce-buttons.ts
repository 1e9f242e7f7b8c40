import { structArray, u8, u16, u32, i32 } from "riotscript";

// Debouncing four buttons sampled every millisecond from a bit pattern; each button is a
// struct in a struct array with an integrator, a stable state and press/release counters.
const enum Edge { None, Press, Release }

class Button {
    integrator: u8 = 0;
    pressed: boolean = false;
    presses: u16 = 0;
    releases: u16 = 0;
    heldFor: u32 = 0;
    longest: u32 = 0;

    sample(raw: boolean, max: u8): Edge {
        if (raw) {
            if (this.integrator < max) this.integrator = u8(this.integrator + 1);
        } else if (this.integrator > 0) {
            this.integrator = u8(this.integrator - 1);
        }
        if (this.pressed) {
            this.heldFor = u32(this.heldFor + 1);
        }
        if (!this.pressed && this.integrator === max) {
            this.pressed = true;
            this.presses = u16(this.presses + 1);
            this.heldFor = 0;
            return Edge.Press;
        }
        if (this.pressed && this.integrator === 0) {
            this.pressed = false;
            this.releases = u16(this.releases + 1);
            if (this.heldFor > this.longest) this.longest = this.heldFor;
            return Edge.Release;
        }
        return Edge.None;
    }
}

const buttons = structArray(Button, 4);

// raw input: one byte per millisecond, bit k is button k (with contact bounce)
const RAW = [
    0x0, 0x1, 0x0, 0x1, 0x1, 0x1, 0x1, 0x1, 0x3, 0x1, 0x3, 0x3, 0x3, 0x3, 0x3, 0x2,
    0x3, 0x2, 0x2, 0x2, 0x2, 0x2, 0x0, 0x2, 0x0, 0x0, 0x0, 0x0, 0x8, 0x0, 0x8, 0x8,
    0xc, 0xc, 0xc, 0xc, 0xc, 0xc, 0xc, 0x4, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0xf, 0xf,
    0xf, 0xf, 0xf, 0xf, 0xf, 0x0, 0xf, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
] as const;

export function main(): number {
    let events = 0;
    for (let t = 0; t < RAW.length; t++) {
        const bits = RAW[t];
        for (let k = 0; k < buttons.length; k++) {
            const e = buttons[k].sample(((bits >> k) & 1) === 1, 3);
            if (e !== Edge.None) {
                events = i32(events + 1);
                console.log(`t=${t} button ${k} ${e === Edge.Press ? 1 : 0} edge=${e} integrator=${buttons[k].integrator}`);
            }
        }
    }
    console.log(`events ${events}`);
    let k = 0;
    for (const b of buttons) {
        console.log(`button ${k}: presses=${b.presses} releases=${b.releases} longest=${b.longest} pressed=${b.pressed}`);
        k = i32(k + 1);
    }
    return 0;
}

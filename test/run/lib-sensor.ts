import { u8, u16, u32, i32 } from "riotscript";
import { Unit, CAL_OFFSETS, convert } from "./lib-units";

// Helper module for b-multi-sensor.ts: a sensor channel class with a calibration index,
// a small history buffer and min/max tracking.
export class Window {
    readonly samples = new Int32Array(4);
    next: u8 = 0;
    filled: u8 = 0;

    push(v: i32): void {
        this.samples[this.next & 3] = v;
        this.next = u8((this.next + 1) & 3);
        if (this.filled < 4) this.filled = u8(this.filled + 1);
    }

    average(): i32 {
        let s = 0;
        for (let i = 0; i < this.filled && i < 4; i++) {
            s = i32(s + this.samples[i]);
        }
        const n = this.filled;
        return n > 0 ? Math.trunc(s / n) : 0;
    }
}

export class Channel {
    unit: Unit = Unit.Raw;
    cal: u8 = 0;
    readonly window = new Window();
    min: i32 = 0x7fffffff;
    max: i32 = -0x7fffffff;
    readings: u32 = 0;

    constructor(unit: Unit, cal: u8) {
        this.unit = unit;
        this.cal = cal;
    }

    read(raw: u16): i32 {
        const adjusted = i32(raw + CAL_OFFSETS[this.cal & 3]);
        const v = convert(this.unit, adjusted);
        this.window.push(v);
        if (v < this.min) this.min = v;
        if (v > this.max) this.max = v;
        this.readings = u32(this.readings + 1);
        return v;
    }
}

import { u8, u16, u32, i32 } from "riotscript";

// Two traffic lights at a crossing, a pedestrian button and a fault input, as enum state
// machines stepped once per second by an event script.
enum Light { Red, RedAmber, Green, Amber, FlashAmber }
const enum Event { Tick, Button, Fault, Clear }

const SCRIPT = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 3, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0] as const;

function duration(l: Light): u16 {
    switch (l) {
        case Light.Red: return 6;
        case Light.RedAmber: return 1;
        case Light.Green: return 5;
        case Light.Amber: return 2;
        default: return 1;
    }
}

function nextOf(l: Light): Light {
    switch (l) {
        case Light.Red: return Light.RedAmber;
        case Light.RedAmber: return Light.Green;
        case Light.Green: return Light.Amber;
        case Light.Amber: return Light.Red;
        default: return Light.Red;
    }
}

class Signal {
    light: Light = Light.Red;
    timer: u16 = 0;
    changes: u32 = 0;
    requested: boolean = false;

    constructor(start: Light) {
        this.light = start;
        this.timer = duration(start);
    }

    set(l: Light): void {
        this.light = l;
        this.timer = duration(l);
        this.changes = u32(this.changes + 1);
    }

    handle(e: Event): void {
        switch (e) {
            case Event.Fault:
                this.set(Light.FlashAmber);
                break;
            case Event.Clear:
                if (this.light === Light.FlashAmber) this.set(Light.Red);
                break;
            case Event.Button:
                this.requested = true;
                if (this.light === Light.Green && this.timer > 2) this.timer = 2;
                break;
            case Event.Tick:
                if (this.light === Light.FlashAmber) break;
                if (this.timer > 1) {
                    this.timer = u16(this.timer - 1);
                } else {
                    if (this.light === Light.Red) this.requested = false;
                    this.set(nextOf(this.light));
                }
                break;
        }
    }
}

const northSouth = new Signal(Light.Green);
const eastWest = new Signal(Light.Red);

export function main(): number {
    console.log(`lights ${Light.Red} ${Light.RedAmber} ${Light.Green} ${Light.Amber} ${Light.FlashAmber}`);
    let conflicts = 0;
    for (let t = 0; t < SCRIPT.length; t++) {
        const e: Event = SCRIPT[t];
        northSouth.handle(e);
        eastWest.handle(e);
        const bothGo = northSouth.light === Light.Green && eastWest.light === Light.Green;
        if (bothGo) conflicts = i32(conflicts + 1);
        console.log(`t=${t} ev=${e} NS=${northSouth.light}/${northSouth.timer} EW=${eastWest.light}/${eastWest.timer} req=${northSouth.requested}`);
    }
    console.log(`changes NS=${northSouth.changes} EW=${eastWest.changes} conflicts=${conflicts}`);
    let total: u8 = 0;
    for (let l = 0; l < 5; l++) {
        total = u8(total + duration(l));
    }
    console.log(`cycle ${total}`);
    return 0;
}

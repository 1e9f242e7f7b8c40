import { i32 } from "riotscript";

// Helper module for b-init-order.ts: module-level objects whose constructors print, and an
// exported 'let' initialised by a call with a side effect.
export const MODULE_NAME = "init-log";

export class Device {
    id: i32 = 0;
    ready: boolean = false;
    constructor(id: i32) {
        this.id = id;
        this.ready = id > 0;
        console.log(`${MODULE_NAME}: device ${id} constructed`);
    }
    probe(): i32 {
        return this.ready ? i32(this.id * 10) : -1;
    }
}

export const bus = new Device(1);
export let bootCount = boot(41);

function boot(previous: i32): i32 {
    console.log(`${MODULE_NAME}: boot after ${previous}`);
    return i32(previous + 1);
}

export function reboot(): void {
    bootCount = i32(bootCount + 1);
}

import { structArray, i32 } from "riotscript";
import { sensor, SENSOR_LABEL } from "./lib-init-dep";
import { Device, bus, bootCount, reboot, MODULE_NAME } from "./lib-init-log";

// Module initialisation order: imported modules first (each one's dependencies before it),
// then this file's objects, struct arrays and computed 'let's, in source order, all before
// main runs. Every constructor prints, so the order is visible.
const GREETING = "entry";

class Slot {
    n: i32 = 0;
    constructor() {
        console.log(`${GREETING}: slot constructed`);
        this.n = 5;
    }
}

const slots = structArray(Slot, 3);
const local = new Device(7);
let summary = i32(sensor.id * 100 + bootCount);

export function main(): number {
    console.log(`${GREETING}: main starts (${MODULE_NAME}, ${SENSOR_LABEL})`);
    console.log(`bus ${bus.id} probe ${bus.probe()} sensor ${sensor.id} probe ${sensor.probe()} local ${local.probe()}`);
    console.log(`boot count ${bootCount} summary ${summary} slots ${slots[0].n + slots[1].n + slots[2].n}`);
    reboot();
    reboot();
    summary = i32(summary + bootCount);
    console.log(`after reboots: boot count ${bootCount} summary ${summary}`);
    const temp = new Device(0);
    console.log(`temporary probe ${temp.probe()}`);
    return 0;
}

import { u16, u32, i32 } from "riotscript";
import { Channel } from "./lib-sensor";
import { Unit, toMilliCelsius } from "./lib-units";

// An entry using a class imported from one module whose field is a class from the same
// module, and an enum and functions from a second module that the first imports too.
const temp = new Channel(Unit.MilliCelsius, 0);
const humidity = new Channel(Unit.DeciPercent, 3);

function report(c: Channel, tag: i32): void {
    console.log(`ch${tag}: unit=${c.unit} readings=${c.readings} min=${c.min} max=${c.max} avg=${c.window.average()} filled=${c.window.filled}`);
}

export function main(): number {
    const raw = new Uint16Array(10);
    let seed: u32 = 77;
    for (let i = 0; i < raw.length; i++) {
        seed = u32(Math.imul(seed, 69069) + 1);
        raw[i] = u16(1500 + ((seed >>> 20) & 1023));
    }
    for (let i = 0; i < raw.length; i++) {
        const t = temp.read(raw[i]);
        const h = humidity.read(u16(4095 - raw[i]));
        console.log(`sample ${i}: raw=${raw[i]} temp=${t} hum=${h}`);
    }
    report(temp, 0);
    report(humidity, 1);
    const rawCh = new Channel(Unit.Raw, 1);
    for (let i = 0; i < 3; i++) {
        rawCh.read(u16(100 * i));
    }
    report(rawCh, 2);
    console.log(`limits ${toMilliCelsius(0)} ${toMilliCelsius(4095)} window0 ${temp.window.samples[0]} next ${temp.window.next}`);
    return 0;
}

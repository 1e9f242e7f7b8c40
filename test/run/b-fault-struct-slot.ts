import { structArray, u8, u32, i32 } from "riotscript";

// Timers kept in a struct array; a request carries a slot number that is used without a
// range check. The bad request indexes past the array and faults.
class Timer {
    period: u32 = 0;
    remaining: u32 = 0;
    fired: u32 = 0;
    active: boolean = false;

    arm(period: u32): void {
        this.period = period;
        this.remaining = period;
        this.active = true;
    }

    tick(): boolean {
        if (!this.active) {
            return false;
        }
        if (this.remaining > 1) {
            this.remaining = u32(this.remaining - 1);
            return false;
        }
        this.remaining = this.period;
        this.fired = u32(this.fired + 1);
        return true;
    }
}

const timers = structArray(Timer, 4);
const REQUESTS = [0, 3, 1, 5, 3, 6, 7, 9, 2] as const;

function runTicks(n: i32): void {
    for (let t = 0; t < n; t++) {
        for (let i = 0; i < timers.length; i++) {
            if (timers[i].tick()) {
                console.log(`  tick ${t}: timer ${i} fired (${timers[i].fired})`);
            }
        }
    }
}

export function main(): number {
    for (let r = 0; r < REQUESTS.length; r++) {
        const slot = REQUESTS[r] >> 1;
        const period = u32(REQUESTS[r] + 2);
        console.log(`request ${r}: slot ${slot} period ${period}`);
        timers[slot].arm(period);
        runTicks(3);
    }
    console.log(`done`);
    return 0;
}

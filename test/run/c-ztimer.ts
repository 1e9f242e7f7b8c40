/* ztimer_now and ztimer_sleep on the millisecond clock: time passes at least as asked. */
import { Clock, u32, ztimerNow, ztimerSleep } from "riotscript";

export function main(): number {
    const t0 = ztimerNow(Clock.MSEC);
    ztimerSleep(Clock.MSEC, 30);
    const t1 = ztimerNow(Clock.MSEC);
    const elapsed = u32(t1 - t0);
    console.log(`slept at least 30 ms: ${elapsed >= 30}`);
    console.log(`and not a whole second: ${elapsed < 1000}`);
    const s0 = ztimerNow(Clock.USEC);
    ztimerSleep(Clock.USEC, 2000);
    console.log(`usec clock moved: ${u32(ztimerNow(Clock.USEC) - s0) >= 2000}`);
    return 0;
}

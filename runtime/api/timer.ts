/**
 * Events of your own and time (`event/callback.h`, `event/timeout.h`,
 * `event/periodic_callback.h`, `ztimer.h`): a callback posted to a queue, a one-shot delay
 * for timeouts and retries, a periodic callback, and the clock. Handlers run on the queue,
 * one at a time, like sock handlers. In Node the backend supplies time: real time, or the
 * test's virtual clock.
 */
import { EventQueue, QueuedEvent } from "./event";
import { backend } from "./platform";

/** A ztimer clock (`ZTIMER_USEC`, `ZTIMER_MSEC`, `ZTIMER_SEC`): the unit of every duration. */
export enum Clock {
    /** Microseconds (`ZTIMER_USEC`). Keeps the MCU out of low-power modes: prefer MSEC. */
    USEC,
    /** Milliseconds (`ZTIMER_MSEC`). */
    MSEC,
    /** Seconds (`ZTIMER_SEC`). */
    SEC,
}

const TICK_MS: Readonly<Record<Clock, number>> = { [Clock.USEC]: 0.001, [Clock.MSEC]: 1, [Clock.SEC]: 1000 };

/**
 * A callback handler: runs on the queue the event was posted to (`void (*)(void *)`). Its
 * argument is `null`, or a module-level object of one of the program's classes.
 */
export type CallbackHandler<T = null> = (arg: T) => void;

/**
 * An event that calls a function (`event_callback_t`). Declare it at module level: the
 * queue keeps a pointer to it.
 */
export class EventCallback extends QueuedEvent {
    /** @internal */
    _cb: (() => void) | null = null;

    /** Sets the handler. C: `event_callback_init(&ev, handler, NULL)` (or `&arg`). Not while it is queued. */
    init<T>(handler: CallbackHandler<T>, arg: T): void {
        this._cb = () => handler(arg);
        this._queued = false;
    }

    /** Posts the event; a no-op while it is already queued. C: `event_callback_post(&queue, &ev)`. */
    post(queue: EventQueue): void {
        queue._post(this);
    }

    /** Sets the handler and posts. C: `event_callback_oneshot(&ev, &queue, handler, NULL)`. */
    oneshot<T>(queue: EventQueue, handler: CallbackHandler<T>, arg: T): void {
        this.init(handler, arg);
        queue._post(this);
    }

    /** @internal */
    _handle(): void {
        this._cb?.();
    }
}

/**
 * Posts an event after a delay (`event_timeout_t`): for timeouts and retries. Declare it
 * at module level.
 */
export class EventTimeout {
    /** @internal */
    _clock = Clock.MSEC;
    /** @internal */
    _queue: EventQueue | null = null;
    /** @internal */
    _event: EventCallback | null = null;
    /** @internal */
    _timer: { cancel(): void } | null = null;

    /** C: `event_timeout_ztimer_init(&t, ZTIMER_MSEC, &queue, &ev.super)`. */
    init(clock: Clock, queue: EventQueue, event: EventCallback): void {
        this.clear();
        this._clock = clock;
        this._queue = queue;
        this._event = event;
    }

    /**
     * Posts the event after `timeout` ticks of the clock; 0 posts now. Setting it again
     * restarts it. C: `event_timeout_set(&t, timeout)`.
     */
    set(timeout: number): void {
        this.clear();
        const queue = this._queue as EventQueue;
        const event = this._event as EventCallback;
        if (timeout === 0) {
            queue._post(event);
            return;
        }
        this._timer = backend().setTimer((timeout >>> 0) * TICK_MS[this._clock], () => {
            this._timer = null;
            queue._post(event);
        });
    }

    /** Disarms the timer; an event already posted stays queued. C: `event_timeout_clear(&t)`. */
    clear(): void {
        this._timer?.cancel();
        this._timer = null;
    }

    /** True while the timer is armed or its event is queued. C: `event_timeout_is_pending(&t)`. */
    isPending(): boolean {
        return this._timer !== null || (this._event?._queued ?? false);
    }
}

/**
 * A callback posted every interval (`event_periodic_callback_t`), anchored to the previous
 * deadline so it does not drift; forever, or a set number of times. Declare it at module level.
 */
export class PeriodicCallback {
    /** @internal */
    readonly _event = new EventCallback();
    /** @internal */
    _clock = Clock.MSEC;
    /** @internal */
    _queue: EventQueue | null = null;
    /** @internal */
    _interval = 0;
    /** @internal */
    _count = 0;
    /** @internal */
    _next = 0;
    /** @internal */
    _timer: { cancel(): void } | null = null;

    /** C: `event_periodic_callback_init(&p, ZTIMER_MSEC, &queue, handler, NULL)`. */
    init<T>(clock: Clock, queue: EventQueue, handler: CallbackHandler<T>, arg: T): void {
        this.stop();
        this._event.init(handler, arg);
        this._clock = clock;
        this._queue = queue;
        this._count = 0;
    }

    /** Starts it: the first post after `interval`. C: `event_periodic_callback_start(&p, interval)`. */
    start(interval: number): void {
        this.stop();
        this._interval = interval >>> 0;
        this._next = backend().now() + this._interval * TICK_MS[this._clock];
        this._arm();
    }

    /** Starts it with a post right now. C: `event_periodic_callback_start_now(&p, interval)`. */
    startNow(interval: number): void {
        this.stop();
        this._interval = interval >>> 0;
        this._next = backend().now();
        this._fire();
    }

    /** C: `event_periodic_callback_stop(&p)`. */
    stop(): void {
        this._timer?.cancel();
        this._timer = null;
    }

    /** Posts `count` more times, then stops (0: forever). C: `event_periodic_callback_set_count(&p, count)`. */
    setCount(count: number): void {
        this._count = count >>> 0;
    }

    /** The posts left (0: forever). C: `event_periodic_callback_get_count(&p)`. */
    getCount(): number {
        return this._count;
    }

    /** C: `event_periodic_callback_get_interval(&p)`. */
    getInterval(): number {
        return this._interval;
    }

    /** @internal */
    _arm(): void {
        const b = backend();
        this._timer = b.setTimer(Math.max(0, this._next - b.now()), () => this._fire());
    }

    /** @internal */
    _fire(): void {
        this._timer = null;
        (this._queue as EventQueue)._post(this._event);
        if (this._count !== 0 && --this._count === 0) {
            return;
        }
        this._next += this._interval * TICK_MS[this._clock];
        this._arm();
    }
}

/**
 * Blocks the calling thread for `duration` ticks: its queue's other events wait until it
 * returns. C: `ztimer_sleep(ZTIMER_MSEC, duration)`.
 */
export function ztimerSleep(clock: Clock, duration: number): void {
    backend().sleep((duration >>> 0) * TICK_MS[clock]);
}

/** The clock's 32-bit tick count (wraps). C: `ztimer_now(ZTIMER_MSEC)`. */
export function ztimerNow(clock: Clock): number {
    return Math.floor(backend().now() / TICK_MS[clock]) >>> 0;
}

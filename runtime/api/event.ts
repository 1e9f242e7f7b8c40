/**
 * Event queues (`event.h`), with RIOT's semantics: FIFO by first post, an event sits in at
 * most one queue at a time, and posting an event that is already queued does nothing.
 */
import { backend, shared } from "./platform";

/** The queue whose handler is running, and when that handler's time budget ends (globals: see platform.ts). */
const RUNNING = Symbol.for("riotscript.runningQueue");
const DEADLINE = Symbol.for("riotscript.handlerDeadline");

/**
 * One event object (`event_t`): what EventCallback and the timers share. Firmware does not
 * make one of its own; socks own theirs.
 */
export abstract class QueuedEvent {
    /** @internal `list_node.next != NULL` in C. */
    _queued = false;
    /** @internal */
    abstract _handle(): void;
}

/**
 * An event queue (`event_queue_t`). Handlers of the events posted to it run one after
 * another, never concurrently, in the thread that loops on it.
 *
 * Declare queues at module level: the C object is `static`.
 *
 * | TypeScript | C |
 * |---|---|
 * | `const queue = new EventQueue()` | `static event_queue_t queue;` |
 */
export class EventQueue {
    /** @internal */
    _events: QueuedEvent[] = [];
    /** @internal */
    _looping = false;
    /** @internal */
    _scheduled = false;

    /**
     * Initialises the queue and makes the calling thread its owner.
     * C: `event_queue_init(&queue)`.
     */
    init(): void {
        this._events = [];
        this._looping = false;
    }

    /**
     * Runs the queue forever: waits for events and calls their handlers one at a time.
     * In C this never returns (`event_loop(&queue)`); in Node it hands control to the
     * runtime and returns, and the handlers run as events arrive.
     */
    loop(): void {
        this._looping = true;
        this._schedule();
    }

    /** @internal `event_post`: a no-op if the event is already queued. */
    _post(ev: QueuedEvent): void {
        if (ev._queued) {
            return;
        }
        ev._queued = true;
        this._events.push(ev);
        this._schedule();
    }

    /** @internal `event_cancel`. */
    _cancel(ev: QueuedEvent): void {
        const i = this._events.indexOf(ev);
        if (i >= 0) {
            this._events.splice(i, 1);
        }
        ev._queued = false;
    }

    /** @internal */
    _schedule(): void {
        if (!this._looping || this._scheduled || this._events.length === 0) {
            return;
        }
        this._scheduled = true;
        backend().defer(() => this._run());
    }

    /** @internal One turn of `event_loop`: runs what is queued now. */
    _run(): void {
        this._scheduled = false;
        let budget = this._events.length;
        const b = backend();
        const slot = shared;
        while (budget-- > 0 && this._events.length > 0) {
            const ev = this._events.shift() as QueuedEvent;
            ev._queued = false;
            const outer = slot[RUNNING];
            slot[RUNNING] = this;
            slot[DEADLINE] = b.handlerBudgetMs === undefined ? undefined : Date.now() + b.handlerBudgetMs;
            try {
                ev._handle();
            } catch (e) {
                b.fault(e);
                return;
            } finally {
                slot[RUNNING] = outer;
                slot[DEADLINE] = undefined;
            }
        }
        this._schedule();
    }

    /** @internal True if this queue's thread is the one running: main before `loop()`, or a handler. */
    _isCurrent(): boolean {
        const running = shared[RUNNING];
        return running === this || (running === undefined && !this._looping);
    }
}

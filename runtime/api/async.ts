/**
 * The per-sock async context of `sock_async_event` (`sock_async_ctx_t`): exactly one event
 * object per sock, so flags raised before the handler runs coalesce into one call.
 * Not part of the firmware API.
 * @packageDocumentation
 */
import { EventQueue, QueuedEvent } from "./event";
import { fault } from "./fault";

/** @internal */
export class SockEvent<S, A> extends QueuedEvent {
    /** @internal Flags raised since the handler last ran (`event.type`). */
    _type = 0;
    /** @internal */
    _queue: EventQueue | null = null;
    /** @internal */
    _cb: ((sock: S, flags: number, arg: A) => void) | null = null;
    /** @internal */
    _arg: A | null = null;

    constructor(private readonly _sock: S) {
        super();
    }

    /** @internal `sock_*_event_init`: resets the context and registers the handler. */
    _init(queue: EventQueue, cb: (sock: S, flags: number, arg: A) => void, arg: A): void {
        if (this._queued) {
            // RIOT's _set_ctx clears the queued event's list link: the queue's list breaks
            fault("eventInit while the sock's event is queued: RIOT's event queue would be corrupted (a hard fault on the board); close the sock first");
        }
        this._type = 0;
        this._queued = false;
        this._queue = queue;
        this._cb = cb;
        this._arg = arg;
    }

    /** @internal The stack raised `flags`: OR them in and post (a no-op if queued). */
    _raise(flags: number): void {
        if (this._queue === null) {
            return;
        }
        this._type |= flags;
        this._queue._post(this);
    }

    /** @internal `sock_event_close`: cancels a pending event and unregisters. */
    _close(): void {
        if (this._queue !== null && this._queued) {
            this._queue._cancel(this);
        }
        this._queue = null;
        this._cb = null;
        this._type = 0;
    }

    /** @internal */
    _handle(): void {
        const flags = this._type;
        this._type = 0;
        if (flags !== 0 && this._cb !== null) {
            this._cb(this._sock, flags, this._arg as A);
        }
    }
}

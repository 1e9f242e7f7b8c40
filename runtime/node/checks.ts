/**
 * Bounds checks for firmware running in Node. The Jest transformer
 * (runtime/jest/transform.js) rewrites every `a[i]` in a firmware file into one of these
 * calls, so an index outside the array faults the way the compiled C does (core_panic with
 * "<file>:<line>: index out of range") instead of reading `undefined` or dropping the write.
 *
 * `loc` is the firmware's `file:line`, fixed at transform time. These run on every access:
 * keep them small and free of allocation.
 */
import { Fault } from "../api/fault";
import { shared } from "../api/platform";

/** Anything indexable with a length: typed arrays, arrays, strings. */
interface Indexable {
    readonly length: number;
    [i: number]: any;
}

function outOfRange(loc: string): never {
    throw new Fault(loc + ": index out of range");
}

/** `a[i]` read in value position. */
export function at<T>(a: ArrayLike<T>, i: number, loc: string): T {
    if (!(Number.isInteger(i) && i >= 0 && i < a.length)) {
        outOfRange(loc);
    }
    return a[i];
}

/** `a[i] = v`: checks, stores, and gives `v` like the assignment does. */
export function set<V>(a: Indexable, i: number, v: V, loc: string): V {
    if (!(Number.isInteger(i) && i >= 0 && i < a.length)) {
        outOfRange(loc);
    }
    a[i] = v;
    return v;
}

/**
 * `a[i] op= v` and `++a[i]`: checks, stores `fn(a[i])` and gives the value as stored (a typed
 * array wraps it, as the C element type would).
 */
export function update<T>(a: Indexable, i: number, loc: string, fn: (x: T) => T): T {
    if (!(Number.isInteger(i) && i >= 0 && i < a.length)) {
        outOfRange(loc);
    }
    a[i] = fn(a[i]);
    return a[i];
}

/** `a[i]++` / `a[i]--` (delta 1 / -1): checks, steps the element and gives its old value. */
export function post(a: Indexable, i: number, loc: string, delta: number): number {
    if (!(Number.isInteger(i) && i >= 0 && i < a.length)) {
        outOfRange(loc);
    }
    const old = a[i];
    a[i] = old + delta;
    return old;
}

/**
 * `dst.set(src, off)`: on a typed array, `src` must fit at `off` (the compiled program's
 * check says "index out of range" where TypedArray.set throws a RangeError); on anything
 * else (a Map), the method itself.
 */
export function copy(dst: unknown, src: unknown, off: unknown, loc: string): unknown {
    if (ArrayBuffer.isView(dst) && !(dst instanceof DataView)) {
        const d = dst as unknown as { length: number; set(s: ArrayLike<number>, o: number): void };
        const s = src as ArrayLike<number>;
        const o = off === undefined ? 0 : off as number;
        if (!(Number.isInteger(o) && o >= 0 && s !== null && typeof s === "object" && o + s.length <= d.length)) {
            outOfRange(loc);
        }
        d.set(s, o);
        return undefined;
    }
    const other = dst as { set(...a: unknown[]): unknown };
    return off === undefined ? other.set(src) : other.set(src, off);
}

/**
 * `view.getUint16(off, ...)` and the other DataView accessors (`name`): on a DataView, a field
 * past the end faults as the compiled program's check does, where DataView throws a
 * RangeError; on anything else, the method itself.
 */
export function view(v: unknown, name: string, loc: string, ...args: unknown[]): unknown {
    if (v instanceof DataView) {
        const size = Number(/\d+$/.exec(name)?.[0] ?? "8") / 8;
        const off = args[0] as number;
        if (!(Number.isInteger(off) && off >= 0 && off + size <= v.byteLength)) {
            outOfRange(loc);
        }
    }
    const m = (v as Record<string, (...a: unknown[]) => unknown>)[name];
    return m.apply(v, args);
}

/** The handler time budget: when the running handler must be done (ms since the epoch). */
const BUDGET = Symbol.for("riotscript.handlerDeadline");
let ticks = 0;

/**
 * At the top of every loop body: a handler that runs past its budget (set by the test
 * runtime around each handler) is stopped with a fault at the loop's line.
 */
export function loop(loc: string): void {
    if ((++ticks & 0x3ff) !== 0) {
        return;
    }
    const deadline = shared[BUDGET] as number | undefined;
    if (deadline !== undefined && Date.now() > deadline) {
        throw new Fault(`${loc}: a handler ran past its time budget (an endless loop?)`);
    }
}

/**
 * The program's call graph, after lowering: who calls whom, which functions the event loop
 * calls (handlers and callbacks), and what each frame holds. Two things follow from it:
 *
 * - recursion is rejected (RS4004): its depth has no bound the compiler can see, a board's
 *   stack is 1.5 KiB on a Cortex-M0, and C would overflow it where Node throws a RangeError
 *   (MISRA C forbids it for the same reason);
 * - without recursion the deepest call chain is finite, so the main thread's stack can be
 *   sized from an estimate of it (targets/riot/app.ts writes it into the Makefile).
 *
 * The estimate is deliberately an upper bound: a frame is its locals at full size, 8 bytes a
 * parameter and a fixed overhead for saved registers and spills; a call into RIOT or libc
 * costs a fixed amount per kind. test/arm.test.ts checks it against gcc's -fstack-usage.
 */
import { Span } from "../diagnostics/diagnostic";
import { Expr, forEachChildExpr, forEachExpr, forEachStmt, Func, Module, StructDef, Ty } from "../ir/ir";

export interface CallSite {
    readonly callee: Func;
    readonly span: Span;
}

/** What one function does that matters for stacks. */
interface FuncCalls {
    readonly calls: CallSite[];
    /** Functions it hands to RIOT (handlers, callbacks): the event loop calls them. */
    readonly handlers: Func[];
    /** C functions of RIOT and libc it calls. */
    readonly external: string[];
}

function callsOf(fn: Func): FuncCalls {
    const out: FuncCalls = { calls: [], handlers: [], external: [] };
    const visit = (e: Expr): void => {
        if (e.k === "ucall") {
            out.calls.push({ callee: e.fn, span: e.span });
        } else if (e.k === "fnref") {
            out.handlers.push(e.fn);
        } else if (e.k === "call") {
            out.external.push(e.fn);
        } else if (e.k === "printf") {
            out.external.push("printf");
        }
        forEachChildExpr(e, visit);
    };
    forEachExpr(fn.body, visit);
    return out;
}

/** Each cycle of calls, once: the call that closes it and the functions on it. */
export function recursion(funcs: readonly Func[]): { at: Span; cycle: Func[] }[] {
    const calls = new Map(funcs.map((f) => [f, callsOf(f)]));
    const out: { at: Span; cycle: Func[] }[] = [];
    const state = new Map<Func, "active" | "done">();
    const path: Func[] = [];
    const visit = (f: Func): void => {
        state.set(f, "active");
        path.push(f);
        for (const c of calls.get(f)?.calls ?? []) {
            if (state.get(c.callee) === "active") {
                out.push({ at: c.span, cycle: path.slice(path.indexOf(c.callee)) });
            } else if (!state.has(c.callee)) {
                visit(c.callee);
            }
        }
        path.pop();
        state.set(f, "done");
    };
    funcs.forEach((f) => state.has(f) || visit(f));
    return out;
}

/** Bytes a call into RIOT or libc may take on the caller's stack, by what it is. */
export function externalCost(name: string): number {
    if (name === "printf" || name === "puts") {
        return 512; // RIOT's THREAD_EXTRA_STACKSIZE_PRINTF
    }
    if (name === "_ep_str") {
        return 512 + 128; // its sprintf, and ipv6_addr_to_str's 46-byte text under its own frame
    }
    return /^(sock_|credman_|event_|ztimer_)/.test(name) ? 256 : 128;
}

/** Bytes of saved registers, return address and spills a frame has beyond its variables. */
export const FRAME_OVERHEAD = 64;

/** The event loop's own frames between main's and a handler's (event_loop, _event_handler). */
export const EVENT_LOOP_FRAMES = 128;

function sizeOf(ty: Ty, structs: ReadonlyMap<string, StructDef>): number {
    switch (ty.k) {
    case "int": return Math.max(4, ty.bits / 8);
    case "bool": return 4;
    case "f64": return 8;
    case "array": return ty.len * Math.max(1, ty.elem.k === "int" ? ty.elem.bits / 8 : sizeOf(ty.elem, structs));
    case "struct": {
        const st = structs.get(ty.c);
        // a RIOT type (sock_udp_ep_t, ...): endpoints and the like are small
        return st ? st.fields.reduce((n, f) => n + sizeOf(f.ty, structs), 0) : 64;
    }
    default: return 8;
    }
}

export interface StackEstimate {
    /** The most bytes the main thread's stack may hold at once. */
    readonly bytes: number;
    /** The deepest chain, outermost first, as the program names the functions. */
    readonly chain: readonly string[];
}

/** Each function's frame, estimated from its locals and parameters. */
export function frameSizes(m: Module): Map<Func, number> {
    const structs = new Map(m.structs.map((s) => [s.c, s]));
    const frame = new Map<Func, number>();
    for (const f of m.funcs) {
        let locals = 0;
        forEachStmt(f.body, (s) => {
            if (s.k === "local") {
                locals += sizeOf(s.v.ty, structs);
            }
        });
        // printf's arguments beyond the first four are pushed on the caller's stack
        let outgoing = 0;
        let literals = 0;
        const visit = (e: Expr): void => {
            if (e.k === "printf" || e.k === "call" || e.k === "ucall") {
                outgoing = Math.max(outgoing, 8 * e.args.length);
            } else if (e.k === "pskCredential") {
                literals += 64; // a compound literal credman_credential_t, on the stack
            }
            if (e.k === "call" && e.fn === "_ep_str") {
                literals += 64; // the compound literal char[60] it writes the endpoint's text into
            }
            forEachChildExpr(e, visit);
        };
        forEachExpr(f.body, visit);
        frame.set(f, FRAME_OVERHEAD + locals + literals + 8 * f.params.length + outgoing);
    }
    return frame;
}

/** The deepest call chain of a program without recursion, in bytes. */
export function stackEstimate(m: Module): StackEstimate {
    return deepestChain(m, frameSizes(m));
}

/** The deepest call chain with the given frame sizes (estimated, or measured by gcc). */
export function deepestChain(m: Module, frame: ReadonlyMap<Func, number>): StackEstimate {
    const calls = new Map(m.funcs.map((f) => [f, callsOf(f)]));
    const memo = new Map<Func, StackEstimate>();
    const deepest = (f: Func, active: Set<Func>): StackEstimate => {
        const hit = memo.get(f);
        if (hit) {
            return hit;
        }
        const own = frame.get(f) ?? FRAME_OVERHEAD;
        const c = calls.get(f) ?? { calls: [], handlers: [], external: [] };
        let best: StackEstimate = { bytes: Math.max(0, ...c.external.map(externalCost)), chain: [] };
        for (const site of c.calls) {
            if (active.has(site.callee)) {
                continue; // recursion is rejected before this runs
            }
            const sub = deepest(site.callee, new Set([...active, f]));
            if (sub.bytes > best.bytes) {
                best = sub;
            }
        }
        const out = { bytes: own + best.bytes, chain: [f.name, ...best.chain] };
        memo.set(f, out);
        return out;
    };
    const main = m.funcs.find((f) => f.isMain);
    if (!main) {
        return { bytes: 0, chain: [] };
    }
    const fromMain = deepest(main, new Set());
    // handlers run inside main's event loop: main's frame, the loop's, then the handler's chain
    const handlers = [...new Set(m.funcs.flatMap((f) => calls.get(f)?.handlers ?? []))];
    let best = fromMain;
    for (const h of handlers) {
        const sub = deepest(h, new Set());
        const bytes = (frame.get(main) ?? 0) + EVENT_LOOP_FRAMES + sub.bytes;
        if (bytes > best.bytes) {
            best = { bytes, chain: [main.name, "(event loop)", ...sub.chain] };
        }
    }
    return best;
}

/**
 * What the compiler knows about a local's value at a point in the program: a range, that
 * it is not zero, or that it is below the length of a view. Facts come from API contracts
 * (recv returns at most the buffer's length), from assignments, and from the conditions
 * of the `if`s and loops that enclose a use. An assignment kills what was known before it;
 * a loop kills what its body changes, except the bound a counter only moves away from.
 * They are read off the lowered condition (IR), whose operand ranges lower records.
 */
import { Expr, Stmt, Var } from "../ir/ir";
import { Range } from "./ints";

export interface Fact {
    readonly lo?: bigint;
    readonly hi?: bigint;
    /** Known to be non-zero. */
    readonly nz?: boolean;
    /** `v + margin <= view.length` for these views (v < length is margin 1). */
    readonly within?: readonly { readonly view: Var; readonly margin: bigint }[];
    /** For a view: its length is at least this. */
    readonly minLen?: bigint;
}

export class Facts {
    private readonly scopes: Map<Var, Fact>[] = [new Map()];

    push(): void {
        this.scopes.push(new Map());
    }

    pop(): void {
        this.scopes.pop();
    }

    get(v: Var): Fact {
        let out: Fact = {};
        for (const scope of this.scopes) {
            const f = scope.get(v);
            if (f) {
                out = meet(out, f);
            }
        }
        return out;
    }

    /** Narrows v in the innermost scope. */
    add(v: Var, f: Fact): void {
        const scope = this.scopes[this.scopes.length - 1];
        scope.set(v, meet(scope.get(v) ?? {}, f));
    }

    /** A call may have changed any module-level variable: forget what was known about them. */
    killGlobals(): void {
        for (const scope of this.scopes) {
            for (const v of [...scope.keys()]) {
                if (v.scope === "global") {
                    scope.delete(v);
                }
            }
        }
    }

    /** A store to field `name` of some object: forget every fact about a field of that name. */
    killField(name: string): void {
        for (const scope of this.scopes) {
            for (const v of [...scope.keys()]) {
                if (v.scope === "global" && v.name === `.${name}`) {
                    scope.delete(v);
                }
            }
        }
    }

    /** A copy of everything known, for `restore` after a lowering that is thrown away. */
    snapshot(): Map<Var, Fact>[] {
        return this.scopes.map((m) => new Map(m));
    }

    restore(saved: readonly Map<Var, Fact>[]): void {
        this.scopes.splice(0, this.scopes.length, ...saved.map((m) => new Map(m)));
    }

    /** v is assigned: nothing known before still holds, in any scope. */
    kill(v: Var): void {
        for (const scope of this.scopes) {
            scope.delete(v);
        }
    }
}

function meet(a: Fact, b: Fact): Fact {
    return {
        lo: a.lo === undefined ? b.lo : b.lo === undefined ? a.lo : (a.lo > b.lo ? a.lo : b.lo),
        hi: a.hi === undefined ? b.hi : b.hi === undefined ? a.hi : (a.hi < b.hi ? a.hi : b.hi),
        nz: a.nz || b.nz,
        within: [...(a.within ?? []), ...(b.within ?? [])],
        minLen: a.minLen === undefined ? b.minLen : b.minLen === undefined ? a.minLen : (a.minLen > b.minLen ? a.minLen : b.minLen),
    };
}

const FLIP: Record<string, string> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!=" };
const NEGATE: Record<string, string> = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "==" };

/**
 * A field read `obj.f` stands for a variable of its own in the facts (`fieldFact`), created
 * by lower; like a module-level variable, a call or a store to any field `f` forgets it.
 */
export const fieldKeys = new WeakMap<Expr, Var>();

/** A variable (or field) under value-preserving casts, if `e` is one. */
function varOf(e: Expr): Var | undefined {
    while (e.k === "cast" && e.exact) {
        e = e.e;
    }
    return e.k === "var" && !e.v.isConst ? e.v : fieldKeys.get(e);
}

/** `v`, `v + k` or `v - k` with k a known constant: the variable and k. */
function linear(x: Expr, range: (e: Expr) => Range | undefined): { v: Var; k: bigint } | undefined {
    const v = varOf(x);
    if (v) {
        return { v, k: 0n };
    }
    if (x.k === "binary" && (x.op === "+" || x.op === "-")) {
        const kr = range(x.r);
        const inner = varOf(unwrap(x.l));
        if (inner && kr && kr.lo === kr.hi) {
            return { v: inner, k: x.op === "+" ? kr.lo : -kr.lo };
        }
    }
    return undefined;
}

function unwrap(e: Expr): Expr {
    while (e.k === "cast" && e.exact) {
        e = e.e;
    }
    return e;
}

/**
 * The facts a condition guarantees when it is true (or false, with `negated`). `known` gives
 * what is known of a variable already, for `i < end` when `end <= view.length`.
 */
export function factsOf(cond: Expr, negated: boolean, range0: (e: Expr) => Range | undefined,
    known?: (v: Var) => Fact): [Var, Fact][] {
    const range = (e: Expr): Range | undefined => range0(e) ?? range0(unwrap(e));
    if (cond.k === "unary" && cond.op === "!") {
        return factsOf(cond.e, !negated, range, known);
    }
    if (cond.k !== "binary") {
        return [];
    }
    if ((cond.op === "&&" && !negated) || (cond.op === "||" && negated)) {
        return [...factsOf(cond.l, negated, range, known), ...factsOf(cond.r, negated, range, known)];
    }
    if (!(cond.op in FLIP)) {
        return [];
    }
    const out: [Var, Fact][] = [];
    const one = (x: Expr, op: string, other: Expr): void => {
        x = unwrap(x);
        other = unwrap(other);
        const o0 = negated ? NEGATE[op] : op;
        if (x.k === "len" && (o0 === ">=" || o0 === ">" || o0 === "==")) {
            const r = range(other);
            if (r) {
                out.push([x.v, { minLen: o0 === ">" ? r.lo + 1n : r.lo }]);
            }
            return;
        }
        // `v + k < view.length` says v + k + 1 <= length, whatever the length is
        const lin = linear(x, range);
        if (lin && other.k === "len" && (o0 === "<" || o0 === "<=")) {
            out.push([lin.v, { within: [{ view: other.v, margin: lin.k + (o0 === "<" ? 1n : 0n) }],
                hi: 2n ** 31n - 1n - lin.k - (o0 === "<" ? 1n : 0n) }]);
            return;
        }
        // `v + k < end` with `end + m <= view.length` says v + k + 1 + m <= length
        const bound = varOf(other);
        const bw = bound && known ? known(bound).within ?? [] : [];
        if (lin && bw.length > 0 && (o0 === "<" || o0 === "<=")) {
            out.push([lin.v, { within: bw.map((w) => ({ view: w.view, margin: w.margin + lin.k + (o0 === "<" ? 1n : 0n) })) }]);
            // and the range that follows from end's, below
        }
        // `v + k < e` says v < e - k
        const kr = x.k === "binary" ? range(x.r) : undefined;
        if (x.k === "binary" && (x.op === "+" || x.op === "-") && kr && kr.lo === kr.hi && varOf(x.l)) {
            const k = x.op === "+" ? kr.lo : -kr.lo;
            const shifted = (e: Expr): Range | undefined => {
                const r = range(e);
                return r ? { lo: r.lo - k, hi: r.hi - k } : undefined;
            };
            const before = out.length;
            one(x.l, op, other);
            // the facts just added used the unshifted range: redo them with the shifted one
            out.splice(before);
            const r = shifted(other);
            if (r) {
                oneRange(x.l, op, r);
            }
            return;
        }
        const v = varOf(x);
        if (!v) {
            return;
        }
        const o = negated ? NEGATE[op] : op;

        const r = range(other);
        if (!r) {
            return;
        }
        switch (o) {
        case "<": out.push([v, { hi: r.hi - 1n }]); break;
        case "<=": out.push([v, { hi: r.hi }]); break;
        case ">": out.push([v, { lo: r.lo + 1n }]); break;
        case ">=": out.push([v, { lo: r.lo }]); break;
        case "==": out.push([v, { lo: r.lo, hi: r.hi, nz: r.lo > 0n || r.hi < 0n }]); break;
        case "!=":
            if (r.lo === 0n && r.hi === 0n) {
                out.push([v, { nz: true }]);
            }
            break;
        }
    };
    one(cond.l, cond.op, cond.r);
    one(cond.r, FLIP[cond.op], cond.l);
    return out;

    function oneRange(x: Expr, op: string, r: Range): void {
        const v = varOf(x);
        if (!v) {
            return;
        }
        switch (negated ? NEGATE[op] : op) {
        case "<": out.push([v, { hi: r.hi - 1n }]); break;
        case "<=": out.push([v, { hi: r.hi }]); break;
        case ">": out.push([v, { lo: r.lo + 1n }]); break;
        case ">=": out.push([v, { lo: r.lo }]); break;
        default: break;
        }
    }
}

/** True if executing the statements never falls through to what follows them. */
export function alwaysExits(stmts: readonly Stmt[]): boolean {
    const last = stmts[stmts.length - 1];
    if (!last) {
        return false;
    }
    switch (last.k) {
    case "return": case "break": case "continue":
        return true;
    case "block":
        return alwaysExits(last.body);
    case "if":
        return last.else !== undefined && alwaysExits(last.then) && alwaysExits(last.else);
    default:
        return false;
    }
}

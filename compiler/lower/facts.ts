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
    /** Known to be below the length of these views. */
    readonly below?: readonly Var[];
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
        below: [...(a.below ?? []), ...(b.below ?? [])],
        minLen: a.minLen === undefined ? b.minLen : b.minLen === undefined ? a.minLen : (a.minLen > b.minLen ? a.minLen : b.minLen),
    };
}

const FLIP: Record<string, string> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!=" };
const NEGATE: Record<string, string> = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "==" };

/** A local under value-preserving casts, if `e` is one. */
function varOf(e: Expr): Var | undefined {
    while (e.k === "cast" && e.exact) {
        e = e.e;
    }
    return e.k === "var" && e.v.scope !== "global" ? e.v : undefined;
}

/** The facts a condition guarantees when it is true (or false, with `negated`). */
export function factsOf(cond: Expr, negated: boolean, range: (e: Expr) => Range | undefined): [Var, Fact][] {
    if (cond.k === "unary" && cond.op === "!") {
        return factsOf(cond.e, !negated, range);
    }
    if (cond.k !== "binary") {
        return [];
    }
    if ((cond.op === "&&" && !negated) || (cond.op === "||" && negated)) {
        return [...factsOf(cond.l, negated, range), ...factsOf(cond.r, negated, range)];
    }
    if (!(cond.op in FLIP)) {
        return [];
    }
    const out: [Var, Fact][] = [];
    const one = (x: Expr, op: string, other: Expr): void => {
        const o0 = negated ? NEGATE[op] : op;
        if (x.k === "len" && (o0 === ">=" || o0 === ">" || o0 === "==")) {
            const r = range(other);
            if (r) {
                out.push([x.v, { minLen: o0 === ">" ? r.lo + 1n : r.lo }]);
            }
            return;
        }
        const v = varOf(x);
        if (!v) {
            return;
        }
        const o = negated ? NEGATE[op] : op;
        if (other.k === "len" && o === "<") {
            out.push([v, { below: [other.v], hi: 2n ** 31n - 2n }]);
            return;
        }
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
    case "check":
        return false;
    default:
        return false;
    }
}

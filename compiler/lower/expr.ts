/**
 * Lowering of expressions: each TypeScript expression becomes a typed C expression (a
 * `Val`) whose value is the one Node computes. Integer operators go through ints.ts;
 * indexing gets a bounds check unless the index's range proves it unnecessary; calls go
 * to the program's functions, to Math and the language helpers, or to the RIOT API.
 */
import { ts } from "ts-morph";
import { Span } from "../diagnostics/diagnostic";
import { EP_TEXT_MAX, Expr, exprType, FmtPart, forEachChildExpr, Func, T, Ty, Var } from "../ir/ir";
import { constants, functions as apiFunctions } from "../riot/bindings";
import { Facts, factsOf, fieldKeys } from "./facts";
import {
    abs, arith, bitwise, castTo, comparable, complement, divide, fits, IntError, intersect, IntTy,
    imul, literal, minMax, modular, negate, Range, rangeOf, remainder, shift, truthy, tyRange, union, Val, wrapTo,
} from "./ints";
import { INT_TYPES, Program } from "./program";
import { lowerApiCall, lowerApiFunction, lowerApiProperty } from "./api";
import { DATAVIEW_METHOD, stringConstant } from "../check/check";

const BYTE_ORDER: Readonly<Record<string, { size: number; be: boolean; write: boolean }>> = {
    readU16BE: { size: 2, be: true, write: false }, readU16LE: { size: 2, be: false, write: false },
    readU32BE: { size: 4, be: true, write: false }, readU32LE: { size: 4, be: false, write: false },
    writeU16BE: { size: 2, be: true, write: true }, writeU16LE: { size: 2, be: false, write: true },
    writeU32BE: { size: 4, be: true, write: true }, writeU32LE: { size: 4, be: false, write: true },
};

function isInt(ty: Ty): ty is IntTy {
    return ty.k === "int";
}

function tyName(ty: Ty): string {
    switch (ty.k) {
    case "int": return ty.c;
    case "f64": return "number (double)";
    case "bool": return "boolean";
    case "str": return "string";
    case "view": return "typed array";
    case "array": return "typed array";
    case "struct": return ty.c;
    case "ptr": return ty.to.k === "struct" ? `an object (${ty.to.c} *)` : "a pointer";
    case "void": return "nothing (void)";
    }
}

/** An object's address for an identity comparison, with its C struct; undefined for other values. */
function objectAddress(v: Val, span: Span): { e: Expr; c: string } | undefined {
    if (v.ty.k === "ptr" && v.ty.to.k === "struct") {
        return { e: v.e, c: v.ty.to.c };
    }
    if (v.ty.k === "struct" && (v.e.k === "var" || v.e.k === "index" || v.e.k === "field")) {
        return { e: { k: "addr", e: v.e, span }, c: v.ty.c };
    }
    return undefined;
}

/** True if evaluating `e` calls something (which may change state other operands read). */
export function hasCall(e: Expr): boolean {
    switch (e.k) {
    case "call": case "ucall": case "printf": return true;
    case "binary": return hasCall(e.l) || hasCall(e.r);
    case "cond": return hasCall(e.c) || hasCall(e.a) || hasCall(e.b);
    case "unary": case "addr": case "field": case "sizeof": case "cast": case "toint": return hasCall(e.e);
    case "index": return hasCall(e.a) || hasCall(e.i);
    case "seq": return e.items.some(hasCall);
    case "store": return hasCall(e.target) || hasCall(e.e);
    default: return false;
    }
}

/** True if `e` reads state a call could change: globals, fields, elements. */
function readsState(e: Expr): boolean {
    switch (e.k) {
    case "var": return e.v.scope === "global" && !e.v.isConst;
    case "field": case "index": return true;
    case "binary": return readsState(e.l) || readsState(e.r);
    case "cond": return readsState(e.c) || readsState(e.a) || readsState(e.b);
    case "unary": case "addr": case "sizeof": case "cast": case "toint": return readsState(e.e);
    case "call": case "ucall": case "printf": case "seq": return true;
    default: return false;
    }
}

/** True if evaluating `e` twice gives the same value and does nothing else. */
export function isPure(e: Expr): boolean {
    switch (e.k) {
    case "int": case "float": case "var": case "const": case "len": case "bool": case "str":
        return true;
    case "field": case "cast": case "unary":
        return isPure(e.e);
    case "index":
        return !e.check && isPure(e.a) && isPure(e.i);
    case "binary":
        return isPure(e.l) && isPure(e.r); // divisions exist only where the divisor is non-zero
    case "cond":
        return isPure(e.c) && isPure(e.a) && isPure(e.b);
    default:
        return false;
    }
}

/** C functions riotscript emits that only compute a value. */
const PURE_C = new Set(["_ep_str", "floor", "trunc", "fabs", "sqrt", "ceil", "fmod", "_js_round", "sock_udp_ep_is_v6",
    "byteorder_bebuftohs", "byteorder_bebuftohl", "byteorder_lebuftohs", "byteorder_lebuftohl",
    "event_timeout_is_pending", "event_periodic_callback_get_count", "event_periodic_callback_get_interval", "ztimer_now",
    "sock_udp_ep_is_multicast", "memcmp"]);

function childExprs(e: Expr): Expr[] {
    switch (e.k) {
    case "binary": return [e.l, e.r];
    case "cond": return [e.c, e.a, e.b];
    case "unary": case "addr": case "field": case "sizeof": case "cast": case "toint": return [e.e];
    case "index": return [e.a, e.i];
    default: return [];
    }
}

export class ExprLowerer {
    facts = new Facts();
    /** `this` inside a method: a pointer parameter. */
    self?: Var;

    constructor(readonly p: Program) {}

    protected val(e: Expr, r?: Range): Val {
        const ty = exprType(e);
        if (r) {
            this.p.ranges.set(e, r);
        }
        return { e, ty, r };
    }

    private intErr(node: ts.Node, err: IntError): Val {
        if (err.k === "precision") {
            this.p.report("IntegerPrecision", node, err.at.toString());
        } else if (err.what === "") {
            this.p.report("UnsupportedSyntax", node, "Math.floor of a division by a computed value",
                "Store the dividend and divisor in 'const's first.");
        } else {
            this.p.report("DivisorMayBeZero", node, err.what);
        }
        return this.placeholder(node);
    }

    /** A stand-in after an error was reported, so lowering can go on and find more. */
    protected placeholder(node: ts.Node): Val {
        return { ...literal(0n, this.p.span(node)), bad: true };
    }

    /**
     * Reports an operation whose operands C may evaluate in another order than Node: one
     * operand calls something with effects (output, stores outside its locals) and another
     * reads state or calls too. Calls of functions without effects only read.
     */
    protected checkOrder(node: ts.Node, parts: readonly Expr[]): void {
        const effects = parts.filter((x) => this.hasEffects(x)).length;
        if (effects > 0 && parts.filter(readsState).length > 1) {
            this.p.report("EvaluationOrder", node);
        }
    }

    private hasEffects(e: Expr): boolean {
        switch (e.k) {
        case "ucall": return this.p.effects.has(e.fn) || e.args.some((a) => this.hasEffects(a));
        case "call": return !PURE_C.has(e.fn) || e.args.some((a) => this.hasEffects(a));
        case "printf": case "store": return true;
        case "seq": return e.items.some((x) => this.hasEffects(x));
        default: return hasCall(e) && childExprs(e).some((x) => this.hasEffects(x));
        }
    }

    protected addCondFacts(cond: Expr, negated: boolean): void {
        for (const [v, f] of factsOf(cond, negated, (x) => this.p.ranges.get(x)
            ?? (x.k === "int" ? { lo: x.value, hi: x.value } : undefined), (w) => this.facts.get(w))) {
            this.facts.add(v, f);
        }
    }

    /**
     * True if `value` (the lowered `node`) plus `extra` is at most the view's length: `node`
     * is a sum with a term `v` that has a `within` fact for the view, and the other terms
     * (their range is the sum's minus v's) fit in v's margin.
     */
    withinView(node: ts.Expression, value: Val, view: Var, extra: bigint): boolean {
        const terms = sumTerms(node);
        const r = rangeOf(value);
        for (const t of terms) {
            const v = ts.isIdentifier(t) ? this.p.varOf(t) : undefined;
            if (!v || v.scope === "global") {
                continue;
            }
            const f = this.facts.get(v);
            const vr = this.varRange(v);
            for (const w of f.within ?? []) {
                if (w.view !== view || !vr) {
                    continue;
                }
                const restHi = r.hi - vr.hi;
                if (restHi + extra <= w.margin) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The range of a variable: its type's, narrowed by what is known here. */
    protected varRange(v: Var): Range | undefined {
        if (!isInt(v.ty) && v.ty.k !== "bool") {
            return undefined;
        }
        const known = this.p.constValues.get(v);
        if (known !== undefined) {
            return { lo: known, hi: known };
        }
        const r = tyRange(v.ty);
        const f = this.facts.get(v);
        let out = intersect(r, { lo: f.lo ?? r.lo, hi: f.hi ?? r.hi });
        // known non-zero at an end of the range moves that end past zero
        if (f.nz && out.lo === 0n && out.hi > 0n) {
            out = { lo: 1n, hi: out.hi };
        } else if (f.nz && out.hi === 0n && out.lo < 0n) {
            out = { lo: out.lo, hi: -1n };
        }
        return out.lo <= out.hi ? out : r;
    }

    lower(e: ts.Expression, want?: Ty): Val {
        const span = this.p.span(e);
        if (ts.isParenthesizedExpression(e)) {
            return this.lower(e.expression, want);
        }
        if (ts.isNumericLiteral(e)) {
            return this.numeric(e, want);
        }
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) {
            return this.val({ k: "str", value: e.text, span });
        }
        if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) {
            const value = e.kind === ts.SyntaxKind.TrueKeyword;
            return this.val({ k: "bool", value, span }, { lo: value ? 1n : 0n, hi: value ? 1n : 0n });
        }
        if (e.kind === ts.SyntaxKind.NullKeyword) {
            return this.val({ k: "null", span });
        }
        if (e.kind === ts.SyntaxKind.ThisKeyword) {
            if (!this.self) {
                this.p.fail(e, "'this' outside a method");
            }
            return this.val({ k: "var", v: this.self, span });
        }
        if (ts.isIdentifier(e)) {
            return this.identifier(e);
        }
        if (ts.isPropertyAccessExpression(e)) {
            return this.property(e);
        }
        if (ts.isElementAccessExpression(e)) {
            return this.element(e);
        }
        if (ts.isCallExpression(e)) {
            return this.call(e);
        }
        if (ts.isBinaryExpression(e)) {
            return this.binary(e, want);
        }
        if (ts.isPrefixUnaryExpression(e)) {
            return this.prefix(e, want);
        }
        if (ts.isConditionalExpression(e)) {
            return this.conditional(e, want);
        }
        this.p.fail(e, `expression kind ${ts.SyntaxKind[e.kind]} passed the checker`);
    }

    private numeric(e: ts.NumericLiteral, want?: Ty): Val {
        const span = this.p.span(e);
        const source = e.getText(); // e.text is already normalised to decimal
        const value = Number(source.replace(/_/g, ""));
        const looksFloat = /[.eE]/.test(source) && !/^0[xXbBoO]/.test(source);
        if (want?.k === "f64" || (looksFloat && (!Number.isInteger(value) || source.includes(".")))) {
            return this.val({ k: "float", value, span });
        }
        if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
            return literal(BigInt(value), span, /^0[xX]/.test(source));
        }
        if (looksFloat) {
            return this.val({ k: "float", value, span });
        }
        this.p.report("UnsupportedType", e, source, "Integers must be exact in JavaScript: at most "
            + "2^53 - 1. Write a float (1e20) where a double is meant.");
        return this.placeholder(e);
    }

    /** A condition: booleans as they are, integers by truthiness (`x != 0`). */
    cond(e: ts.Expression): Expr {
        if (ts.isParenthesizedExpression(e)) {
            return this.cond(e.expression);
        }
        if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
            return { k: "unary", op: "!", e: this.cond(e.operand), ty: T.bool, span: this.p.span(e) };
        }
        if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
            || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
            return this.logical(e, true).e;
        }
        const v = this.lower(e);
        if (v.ty.k === "bool" || isInt(v.ty)) {
            return truthy(v, this.p.span(e));
        }
        if (v.ty.k === "f64") {
            // JavaScript: 0, -0 and NaN are false; C: x != 0 is true for NaN
            const span = this.p.span(e);
            const nz: Expr = { k: "binary", op: "!=", l: v.e, r: { k: "float", value: 0, span }, ty: T.bool, span };
            const notNan: Expr = { k: "binary", op: "==", l: v.e, r: v.e, ty: T.bool, span };
            return { k: "binary", op: "&&", l: nz, r: notNan, ty: T.bool, span };
        }
        this.p.report("UnsupportedType", e, tyName(v.ty), "A condition must be a boolean or a number.");
        return { k: "bool", value: false, span: this.p.span(e) };
    }

    // --- names ------------------------------------------------------------------------------

    private identifier(id: ts.Identifier): Val {
        const span = this.p.span(id);
        const v = this.p.varOf(id);
        if (v) {
            return this.val({ k: "var", v, span }, this.varRange(v));
        }
        const ref = this.p.r.api(id);
        if (ref?.k === "constant") {
            const c = constants[ref.name];
            this.p.use([], c.header);
            return this.val({ k: "const", c: c.c, ty: c.ty, span }, tyRange(c.ty));
        }
        this.p.fail(id, `unresolved identifier '${id.text}'`);
    }

    private property(e: ts.PropertyAccessExpression): Val {
        const span = this.p.span(e);
        const en = this.p.enumOf(e.expression);
        if (en) {
            const m = en.members.get(e.name.text);
            if (!m) {
                this.p.fail(e, "unknown enum member");
            }
            return this.val({ k: "const", c: m.c, ty: en.ty, span }, { lo: m.value, hi: m.value });
        }
        const api = lowerApiProperty(this, e);
        if (api) {
            return api;
        }
        if (e.name.text === "length") {
            const text = stringConstant(this.p.r, e.expression);
            if (text !== undefined) {
                return literal(BigInt(text.length), span); // UTF-16 code units, as in JavaScript
            }
            const obj = this.lower(e.expression);
            if (obj.ty.k === "array") {
                return literal(BigInt(obj.ty.len), span);
            }
            if (obj.ty.k === "view" && obj.e.k === "var") {
                // at most the longest array the callers pass, for a view parameter
                const most = this.p.viewMaxLens.get(obj.e.v);
                return this.val({ k: "len", v: obj.e.v, span }, { lo: this.facts.get(obj.e.v).minLen ?? 0n,
                    hi: most !== undefined ? BigInt(most) : 2n ** 31n - 1n });
            }
        }
        const obj = this.lower(e.expression);
        const st = obj.ty.k === "ptr" ? obj.ty.to : obj.ty;
        const info = st.k === "struct" ? this.p.classByC(st.c) : undefined;
        const field = info?.fields.get(e.name.text);
        if (!field) {
            this.p.fail(e, `property '${e.getText()}' passed the checker`);
        }
        if (field.ty.k === "array") {
            return this.val({ k: "field", e: obj.e, field: field.name, ty: field.ty, span });
        }
        const fe: Expr = { k: "field", e: obj.e, field: field.name, ty: field.ty, span };
        if (isInt(field.ty) && obj.e.k === "var") {
            // a tested field keeps what the test found until a call or a store may change it
            const fv = this.p.fieldFact(obj.e.v, field.name, field.ty, span);
            fieldKeys.set(fe, fv);
            return this.val(fe, this.varRange(fv));
        }
        return this.val(fe, isInt(field.ty) ? tyRange(field.ty) : undefined);
    }

    /** An array-like value: what can be indexed and its length. */
    arrayOf(node: ts.Expression): { v: Val; elem: Ty; len: Expr; n?: number; view?: Var; minLen?: bigint } {
        const v = this.lower(node);
        const span = this.p.span(node);
        if (v.ty.k === "array") {
            return { v, elem: v.ty.elem, len: literal(BigInt(v.ty.len), span).e, n: v.ty.len };
        }
        if (v.ty.k === "view" && v.e.k === "var") {
            return { v, elem: v.ty.elem, len: { k: "len", v: v.e.v, span }, view: v.e.v, n: this.p.viewLens.get(v.e.v),
                minLen: this.facts.get(v.e.v).minLen };
        }
        this.p.fail(node, "indexing something that is not an array");
    }

    /** `a[i]`, with a bounds check unless `i`'s range proves it inside. */
    element(e: ts.ElementAccessExpression): Val {
        const span = this.p.span(e);
        const arr = this.arrayOf(e.expression);
        const i = this.lower(e.argumentExpression);
        if (!isInt(i.ty)) {
            const decl = i.ty.k === "f64" ? numberDeclaration((n) => this.p.r.symbolOf(n), e.argumentExpression) : undefined;
            this.p.report("UnsupportedType", e.argumentExpression, tyName(i.ty), decl
                ? `An index must be an integer, and '${decl.name}' is declared 'number' on line ${decl.line}: declare it 'i32' (or 'u32').`
                : "An index must be an integer.");
            return this.placeholder(e);
        }
        this.checkOrder(e, [arr.v.e, i.e]);
        const ri = rangeOf(i);
        let proven = ri.lo >= 0n && ((arr.n !== undefined && ri.hi < BigInt(arr.n))
            || (arr.minLen !== undefined && ri.hi < arr.minLen));
        if (!proven && arr.view && ri.lo >= 0n) {
            proven = this.withinView(e.argumentExpression, i, arr.view, 1n);
        }
        let check: { len: Expr; where: string; wide?: boolean } | undefined;
        if (proven) {
            this.p.checksRemoved++;
        } else {
            this.p.checksKept++;
            this.p.use(["panic"], "panic.h");
            const wide = !fits(ri, { lo: -(2n ** 31n), hi: 2n ** 32n - 1n });
            this.p.helpers.add(wide ? "_index64" : "_index");
            check = { len: arr.len, where: `${span.file}:${span.line}: index out of range`, wide };
        }
        const table = arr.v.e.k === "var" ? this.p.tableRanges.get(arr.v.e.v) : undefined;
        const r = table ?? (isInt(arr.elem) ? tyRange(arr.elem) : undefined);
        return this.val({ k: "index", a: arr.v.e, i: i.e, ty: arr.elem, check, span }, r);
    }

    // --- operators --------------------------------------------------------------------------

    private prefix(e: ts.PrefixUnaryExpression, want?: Ty): Val {
        const span = this.p.span(e);
        if (e.operator === ts.SyntaxKind.ExclamationToken) {
            return this.val({ k: "unary", op: "!", e: this.cond(e.operand), ty: T.bool, span });
        }
        const x = this.lower(e.operand, want);
        const opText = ts.tokenToString(e.operator) ?? "";
        if (x.bad) {
            return x;
        }
        if (!isInt(x.ty) && x.ty.k !== "f64") {
            this.p.report("UnsupportedOperator", e, opText, tyName(x.ty),
                "Unary operators work on numbers; convert explicitly, for example 'b ? 1 : 0'.");
            return this.placeholder(e);
        }
        if (e.operator === ts.SyntaxKind.PlusToken) {
            return x;
        }
        if (x.ty.k === "f64") {
            if (e.operator === ts.SyntaxKind.MinusToken) {
                if (x.e.k === "float") {
                    return this.val({ k: "float", value: -x.e.value, span });
                }
                return this.val({ k: "unary", op: "-", e: x.e, ty: T.f64, span });
            }
            this.p.report("UnsupportedOperator", e, opText, "floats", "Convert to an integer first: ~i32(x).");
            return this.placeholder(e);
        }
        const out = e.operator === ts.SyntaxKind.MinusToken ? negate(x, span) : complement(x, span);
        return this.val(out.e, out.r);
    }

    private conditional(e: ts.ConditionalExpression, want?: Ty): Val {
        const span = this.p.span(e);
        const c = this.cond(e.condition);
        if (c.k === "bool") {
            // decided at compile time: only the branch that runs
            return this.lower(c.value ? e.whenTrue : e.whenFalse, want);
        }
        this.facts.push();
        this.addCondFacts(c, false);
        const a = this.lower(e.whenTrue, want);
        this.facts.pop();
        this.facts.push();
        this.addCondFacts(c, true);
        const b = this.lower(e.whenFalse, want ?? (a.ty.k === "f64" ? T.f64 : undefined));
        this.facts.pop();
        if (isInt(a.ty) && isInt(b.ty)) {
            const r = { lo: rangeOf(a).lo < rangeOf(b).lo ? rangeOf(a).lo : rangeOf(b).lo,
                hi: rangeOf(a).hi > rangeOf(b).hi ? rangeOf(a).hi : rangeOf(b).hi };
            const t = a.ty.c === b.ty.c ? a.ty : (fits(r, tyRange(T.i32)) ? T.i32 : T.i64);
            return this.val({ k: "cond", c, a: castTo(a, t), b: castTo(b, t), ty: t, span }, r);
        }
        if (a.ty.k !== b.ty.k || (a.ty.k !== "bool" && a.ty.k !== "f64" && a.ty.k !== "str")) {
            this.p.report("UnsupportedType", e, `${tyName(a.ty)} | ${tyName(b.ty)}`,
                "Both branches of '?:' must have the same kind of type.");
            return this.placeholder(e);
        }
        return this.val({ k: "cond", c, a: a.e, b: b.e, ty: a.ty, span });
    }

    /** `&&` / `||`: on booleans anywhere, on numbers only where only truth matters. */
    private logical(e: ts.BinaryExpression, asCondition: boolean): Val {
        const span = this.p.span(e);
        const op = e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? "&&" : "||";
        // the right operand runs only when the left one allowed it: it sees what that implies
        const right = <T>(l: Expr, f: () => T): T => {
            this.facts.push();
            this.addCondFacts(l, op === "||");
            try {
                return f();
            } finally {
                this.facts.pop();
            }
        };
        if (!asCondition) {
            const l = this.lower(e.left);
            const r = right(truthy(l, span), () => this.lower(e.right));
            if (l.bad || r.bad) {
                return this.placeholder(e);
            }
            if (l.ty.k !== "bool" || r.ty.k !== "bool") {
                this.p.report("UnsupportedOperator", e.operatorToken, op, "numbers as a value",
                    "JavaScript's a && b yields an operand, not a boolean; compare explicitly: "
                    + "(a !== 0) && (b !== 0).");
                return this.placeholder(e);
            }
            return this.val(logical(op, l.e, r.e, span));
        }
        const l = this.cond(e.left);
        return this.val(logical(op, l, right(l, () => this.cond(e.right)), span));
    }

    binary(e: ts.BinaryExpression, want?: Ty): Val {
        const kind = e.operatorToken.kind;
        const span = this.p.span(e);
        if (kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken) {
            return this.logical(e, false);
        }
        // (a / b) | 0 and (a / b) >>> 0: integer division with JavaScript's wrap
        if ((kind === ts.SyntaxKind.BarToken || kind === ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken)
            && isZero(e.right) && isDivision(e.left)) {
            const div = this.division(unparen(e.left) as ts.BinaryExpression, "wrap32");
            if (kind === ts.SyntaxKind.BarToken) {
                return div;
            }
            const u = shift(">>>", div, literal(0n, span), span);
            return this.val(u.e, u.r);
        }
        // x >>> 0 and x | 0: the whole of x is only needed modulo 2^32
        if ((kind === ts.SyntaxKind.BarToken || kind === ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken)
            && isZero(e.right)) {
            return this.wrap32(e.left, kind === ts.SyntaxKind.BarToken ? T.i32 as IntTy : T.u32 as IntTy, span);
        }
        const floatWant = want?.k === "f64" ? want : undefined;
        const l = this.lower(e.left, floatWant);
        const r = this.lower(e.right, floatWant ?? (l.ty.k === "f64" ? T.f64 : undefined));
        this.checkOrder(e, [l.e, r.e]);
        return this.binaryVals(e, kind, l, r);
    }

    /** An operator applied to two lowered operands (also used for `x op= y`). */
    binaryVals(e: ts.Node, kind: ts.SyntaxKind, l: Val, r: Val): Val {
        const span = this.p.span(e);
        if (l.bad || r.bad) {
            return this.placeholder(e);
        }
        const opNode = ts.isBinaryExpression(e) ? e.operatorToken : e;
        const stringEnum = [l, r].find((x) => x.ty.k === "int" && this.p.stringEnums.has(x.ty.c));
        if (stringEnum && kind !== ts.SyntaxKind.EqualsEqualsEqualsToken && kind !== ts.SyntaxKind.ExclamationEqualsEqualsToken) {
            // JavaScript compares and adds the strings; C would the members' numbers
            this.p.report("UnsupportedOperator", opNode, ts.tokenToString(kind) ?? "", "string enum values",
                "A string enum's values can be compared with === and !==, switched on, stored and printed.");
            return this.placeholder(e);
        }
        const text = ts.tokenToString(kind) ?? "";
        switch (kind) {
        case ts.SyntaxKind.EqualsEqualsEqualsToken:
        case ts.SyntaxKind.ExclamationEqualsEqualsToken:
        case ts.SyntaxKind.LessThanToken:
        case ts.SyntaxKind.LessThanEqualsToken:
        case ts.SyntaxKind.GreaterThanToken:
        case ts.SyntaxKind.GreaterThanEqualsToken:
            return this.compare(e, text === "===" ? "==" : text === "!==" ? "!=" : text as "<", l, r, text);
        default:
            break;
        }
        if (l.ty.k === "f64" || r.ty.k === "f64") {
            return this.floatBinary(e, text, l, r);
        }
        if (!isInt(l.ty) || !isInt(r.ty)) {
            const bad = isInt(l.ty) ? r : l;
            this.p.report("UnsupportedOperator", opNode, text, tyName(bad.ty),
                "Arithmetic works on integers and numbers only.");
            return this.placeholder(e);
        }
        let out: Val | IntError;
        switch (kind) {
        case ts.SyntaxKind.PlusToken: out = arith("+", l, r, span); break;
        case ts.SyntaxKind.MinusToken: out = arith("-", l, r, span); break;
        case ts.SyntaxKind.AsteriskToken: out = arith("*", l, r, span); break;
        case ts.SyntaxKind.PercentToken: out = remainder(l, r, this.nonZero(r), span); break;
        case ts.SyntaxKind.AmpersandToken: out = bitwise("&", l, r, span); break;
        case ts.SyntaxKind.BarToken: out = bitwise("|", l, r, span); break;
        case ts.SyntaxKind.CaretToken: out = bitwise("^", l, r, span); break;
        case ts.SyntaxKind.LessThanLessThanToken: out = shift("<<", l, r, span); break;
        case ts.SyntaxKind.GreaterThanGreaterThanToken: out = shift(">>", l, r, span); break;
        case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken: out = shift(">>>", l, r, span); break;
        case ts.SyntaxKind.SlashToken:
            this.p.report("IntegerDivision", opNode);
            return this.placeholder(e);
        default:
            this.p.report("UnsupportedOperator", opNode, text, "numbers",
                text === "**" ? "Multiply explicitly, or use a shift for powers of two." : "See docs/language.md.");
            return this.placeholder(e);
        }
        if ("k" in out && (out.k === "precision" || out.k === "divisor")) {
            return this.intErr(e, out);
        }
        const v = out as Val;
        return this.val(v.e, v.r);
    }

    /** True if the expression is a float in riotscript's typing (so not for the bits lowering). */
    private isFloatish(node: ts.Expression, _t: ts.Type): boolean {
        let found = false;
        const visit = (n: ts.Node): void => {
            if (found) {
                return;
            }
            if (ts.isNumericLiteral(n) && /[.eE]/.test(n.getText()) && !/^0[xX]/.test(n.getText())) {
                found = true;
            } else if (ts.isIdentifier(n)) {
                const v = this.p.varOf(n);
                if (v && (v.ty.k === "f64" || (v.ty.k === "view" && v.ty.elem.k === "f64")
                    || (v.ty.k === "array" && v.ty.elem.k === "f64"))) {
                    found = true;
                }
            } else if (ts.isPropertyAccessExpression(n) || ts.isCallExpression(n)) {
                // a field or a call may be a float: take the ordinary path, which knows
                found = true;
            }
            if (!found && !ts.isCallExpression(n) && !ts.isPropertyAccessExpression(n)) {
                ts.forEachChild(n, visit);
            }
        };
        visit(node);
        return found;
    }

    /**
     * `x >>> 0`, `x | 0`, `u32(x)`, `i32(x)`: JavaScript wraps the exact value of x to 32 bits,
     * so + - * & | ^ << ~ inside x may all run on uint32_t (C's wrapping type), as hand-written
     * C would; only the exact intermediate values must stay below 2^53, where JavaScript's are
     * exact.
     */
    private wrap32(node: ts.Expression, to: IntTy, span: ReturnType<Program["span"]>): Val {
        const b = this.bits(node);
        if (!b) {
            return this.placeholder(node);
        }
        if (b.e.k === "int") {
            // a constant wraps at compile time
            const v = to.signed ? BigInt.asIntN(32, b.e.value) : BigInt.asUintN(32, b.e.value);
            return literal(v, span);
        }
        if (fits(b.exact, tyRange(to)) && b.plain) {
            return this.val(b.plain.e, b.plain.r); // the exact value already fits: nothing wraps
        }
        if (!to.signed) {
            return this.val(b.e, { lo: 0n, hi: 2n ** 32n - 1n });
        }
        return this.val({ k: "cast", to: T.i32, e: b.e, span }, tyRange(T.i32));
    }

    /**
     * The value of `node` modulo 2^32 as a uint32_t expression, and the range of its exact
     * JavaScript value (for the 2^53 rule). `plain` is the ordinary lowering when it is cheaper.
     */
    private bits(node: ts.Expression): { e: Expr; exact: Range; plain?: Val } | undefined {
        const span = this.p.span(node);
        const x = unparen(node);
        const u32 = (v: Val): Expr => (v.e.k === "cast" && v.e.to.k === "int" && v.e.to.bits === 32
            && exprType(v.e.e).k === "int" && (exprType(v.e.e) as IntTy).bits === 32
            ? castTo({ e: v.e.e, ty: exprType(v.e.e) }, T.u32) : castTo(v, T.u32));
        const I32R = tyRange(T.i32);
        if (ts.isBinaryExpression(x)) {
            const k = x.operatorToken.kind;
            const op = ({ [ts.SyntaxKind.PlusToken]: "+", [ts.SyntaxKind.MinusToken]: "-",
                [ts.SyntaxKind.AsteriskToken]: "*", [ts.SyntaxKind.AmpersandToken]: "&", [ts.SyntaxKind.BarToken]: "|",
                [ts.SyntaxKind.CaretToken]: "^", [ts.SyntaxKind.LessThanLessThanToken]: "<<" } as Partial<Record<ts.SyntaxKind, string>>)[k];
            if (op && !(op === "|" && isZero(x.right))) {
                const l = this.bits(x.left);
                const r = this.bits(x.right);
                if (!l || !r) {
                    return undefined;
                }
                let exact: Range = I32R;
                if (op === "+" || op === "-" || op === "*") {
                    // ranges only: opaque operands, so that nothing folds
                    const opaque: Expr = { k: "const", c: "_", ty: T.i64, span };
                    const ex = arith(op, { e: opaque, ty: T.i64, r: l.exact }, { e: opaque, ty: T.i64, r: r.exact }, span);
                    if ("k" in ex && ex.k === "precision") {
                        this.p.report("IntegerPrecision", x, ex.at.toString());
                        return undefined;
                    }
                    exact = (ex as Val).r as Range;
                } else if (op === "&" && (l.exact.lo >= 0n && l.exact.hi <= I32R.hi || r.exact.lo >= 0n && r.exact.hi <= I32R.hi)) {
                    exact = { lo: 0n, hi: [l.exact, r.exact].filter((q) => q.lo >= 0n && q.hi <= I32R.hi).map((q) => q.hi).reduce((m, v) => (v < m ? v : m)) };
                }
                const plain = l.plain && r.plain ? this.binaryVals(x, k, l.plain, r.plain) : undefined;
                const count: Expr = op !== "<<" ? r.e : r.plain && r.plain.e.k === "int" ? literal(BigInt.asUintN(32, r.plain.e.value) & 31n, span).e
                    : r.exact.lo >= 0n && r.exact.hi <= 31n ? r.e
                        : { k: "binary", op: "&", l: r.e, r: literal(31n, span).e, ty: T.u32, span };
                if (l.e.k === "int" && count.k === "int") {
                    const a = l.e.value;
                    const c = count.value;
                    const v = op === "+" ? a + c : op === "-" ? a - c : op === "*" ? a * c : op === "&" ? a & c
                        : op === "|" ? a | c : op === "^" ? a ^ c : a << (c & 31n);
                    return { e: literal(BigInt.asUintN(32, v), span).e, exact, plain };
                }
                if (op === "*" && plain && !plain.bad && fits(exact, I32R)) {
                    // the exact product fits int32_t: C computes it exactly at its own width
                    // (i8 * i8 in int, as hand-written C does, which vectorises), then wraps it
                    return { e: u32(plain), exact, plain: plain.e.k !== "cast" ? plain : undefined };
                }
                const e: Expr = { k: "binary", op: op as "+", l: l.e, r: count, ty: T.u32, span };
                return { e, exact, plain: plain && !plain.bad && plain.e.k !== "cast" ? plain : undefined };
            }
        }
        if (ts.isPrefixUnaryExpression(x) && (x.operator === ts.SyntaxKind.TildeToken || x.operator === ts.SyntaxKind.MinusToken)) {
            const a = this.bits(x.operand);
            if (!a) {
                return undefined;
            }
            const exact = x.operator === ts.SyntaxKind.MinusToken ? { lo: -a.exact.hi, hi: -a.exact.lo } : I32R;
            if (a.e.k === "int") {
                const v = x.operator === ts.SyntaxKind.MinusToken ? -a.e.value : ~a.e.value;
                return { e: literal(BigInt.asUintN(32, v), span).e, exact };
            }
            return { e: { k: "unary", op: x.operator === ts.SyntaxKind.MinusToken ? "-" : "~", e: a.e, ty: T.u32, span }, exact };
        }
        if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && x.expression.getText() === "Math.imul"
            && x.arguments.length === 2) {
            const a = this.bits(x.arguments[0]);
            const b = this.bits(x.arguments[1]);
            if (!a || !b) {
                return undefined;
            }
            return { e: { k: "binary", op: "*", l: a.e, r: b.e, ty: T.u32, span }, exact: I32R };
        }
        if (ts.isCallExpression(x) && ts.isIdentifier(x.expression) && (x.expression.text === "u32" || x.expression.text === "i32")
            && x.arguments.length === 1 && this.p.r.isApiDecl(this.p.r.symbolOf(x.expression)?.declarations?.[0] ?? x)) {
            const a = this.bits(x.arguments[0]);
            return a ? { e: a.e, exact: x.expression.text === "u32" ? { lo: 0n, hi: 2n ** 32n - 1n } : I32R } : undefined;
        }
        if (ts.isNumericLiteral(x)) {
            const v = this.lower(x);
            if (v.e.k !== "int") {
                return undefined;
            }
            return { e: castTo(v, T.u32), exact: { lo: v.e.value, hi: v.e.value }, plain: v };
        }
        const v = this.lower(x);
        if (v.bad) {
            return undefined;
        }
        if (!isInt(v.ty)) {
            this.p.report(v.ty.k === "f64" ? "MixedIntFloat" : "UnsupportedType", x, v.ty.k === "f64" ? "u32" : tyName(v.ty),
                v.ty.k === "f64" ? "number" : "Only integers wrap to 32 bits.");
            return undefined;
        }
        return { e: u32(v), exact: rangeOf(v), plain: v };
    }

    /** True if the integer value is known not to be zero. */
    private nonZero(v: Val): boolean {
        const r = rangeOf(v);
        if (r.lo > 0n || r.hi < 0n) {
            return true;
        }
        return v.e.k === "var" && (this.facts.get(v.e.v).nz ?? false);
    }

    /** `Math.trunc(a / b)`, `Math.floor(a / b)`, `(a / b) | 0` on integers. */
    division(e: ts.BinaryExpression, mode: "trunc" | "floor" | "wrap32"): Val {
        const span = this.p.span(e);
        const a = this.lower(e.left);
        const b = this.lower(e.right);
        this.checkOrder(e, [a.e, b.e]);
        if (a.ty.k === "f64" || b.ty.k === "f64") {
            // an integer literal next to a float is that float constant, as in x / 1000
            const lit = (v: Val): Val => (v.e.k === "int" ? { e: { k: "float", value: Number(v.e.value), span: v.e.span }, ty: T.f64 } : v);
            const fa = lit(a);
            const fb = lit(b);
            if (fa.ty.k !== "f64" || fb.ty.k !== "f64") {
                return this.mixed(e, fa, fb);
            }
            const q: Expr = { k: "binary", op: "/", l: fa.e, r: fb.e, ty: T.f64, span };
            return this.floatToInt(q, mode, span);
        }
        if (!isInt(a.ty) || !isInt(b.ty)) {
            this.p.fail(e, "division of non-numbers passed the checker");
        }
        const out = divide(mode, a, b, this.nonZero(b), isPure(a.e) && isPure(b.e), span);
        if ("k" in out && (out.k === "precision" || out.k === "divisor")) {
            return this.intErr(e, out);
        }
        const v = out as Val;
        return this.val(v.e, v.r);
    }

    private floatToInt(q: Expr, mode: "trunc" | "floor" | "wrap32", span: ReturnType<Program["span"]>): Val {
        this.p.includes.add("<math.h>");
        this.p.use(["float"]);
        if (mode === "wrap32") {
            this.p.helpers.add("_to_int32");
            return this.val({ k: "toint", to: T.i32, e: q, span }, tyRange(T.i32));
        }
        return this.val({ k: "call", fn: mode, args: [q], ty: T.f64, span });
    }

    private mixed(node: ts.Node, a: Val, b: Val): Val {
        const int = isInt(a.ty) ? a : b;
        const flt = isInt(a.ty) ? b : a;
        this.p.report("MixedIntFloat", node, tyName(int.ty), tyName(flt.ty));
        return this.placeholder(node);
    }

    private floatBinary(e: ts.Node, op: string, l0: Val, r0: Val): Val {
        const span = this.p.span(e);
        // an integer literal next to a float is that float constant, as in JavaScript
        const asFloat = (v: Val): Val => (v.e.k === "int" ? { e: { k: "float", value: Number(v.e.value), span: v.e.span }, ty: T.f64 } : v);
        const l = asFloat(l0);
        const r = asFloat(r0);
        if (l.ty.k !== "f64" || r.ty.k !== "f64") {
            return this.mixed(e, l, r);
        }
        this.p.use(["float"]);
        switch (op) {
        case "+": case "-": case "*": case "/":
            return this.val({ k: "binary", op, l: l.e, r: r.e, ty: T.f64, span });
        case "%":
            this.p.includes.add("<math.h>");
            return this.val({ k: "call", fn: "fmod", args: [l.e, r.e], ty: T.f64, span });
        default:
            this.p.report("UnsupportedOperator", ts.isBinaryExpression(e) ? e.operatorToken : e, op, "floats",
                "Convert to an integer first: i32(x).");
            return this.placeholder(e);
        }
    }

    private compare(e: ts.Node, op: "==" | "!=" | "<" | "<=" | ">" | ">=", l: Val, r: Val, text: string): Val {
        const span = this.p.span(e);
        if (isInt(l.ty) && isInt(r.ty)) {
            if (l.e.k === "int" && r.e.k === "int") {
                const x = l.e.value;
                const y = r.e.value;
                const value = op === "==" ? x === y : op === "!=" ? x !== y : op === "<" ? x < y
                    : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
                return this.val({ k: "bool", value, span });
            }
            // decided by the ranges alone (C compilers warn about such tests): a constant
            const known = decide(op, rangeOf(l), rangeOf(r), sameValue(l.e, r.e));
            if (known !== undefined && isPure(l.e) && isPure(r.e)) {
                return this.val({ k: "bool", value: known, span });
            }
            const [cl, cr] = comparable(l, r);
            const out: Expr = { k: "binary", op, l: cl, r: cr, ty: T.bool, span };
            this.p.ranges.set(cl, rangeOf(l));
            this.p.ranges.set(cr, rangeOf(r));
            return this.val(out);
        }
        const num = (t: Ty) => isInt(t) || t.k === "f64";
        if (num(l.ty) && num(r.ty)) {
            // an integer converts to double exactly (|x| <= 2^53); NaN compares false in both
            const f = (v: Val): Expr => (isInt(v.ty) ? castTo(v, T.f64) : v.e);
            return this.val({ k: "binary", op, l: f(l), r: f(r), ty: T.bool, span });
        }
        if (l.ty.k === "bool" && r.ty.k === "bool" && (op === "==" || op === "!=")) {
            return this.val({ k: "binary", op, l: l.e, r: r.e, ty: T.bool, span });
        }
        // `conn === null`: an object a call may not have handed out (TcpQueue.accept)
        if ((op === "==" || op === "!=") && ((l.e.k === "null" && r.ty.k === "ptr") || (r.e.k === "null" && l.ty.k === "ptr"))) {
            return this.val({ k: "binary", op, l: l.e, r: r.e, ty: T.bool, span });
        }
        // `conns[i] === conn`: two objects of one class are the same object exactly when they
        // are at the same address, which is JavaScript's identity (each object has its storage)
        const lp = objectAddress(l, span);
        const rp = objectAddress(r, span);
        if ((op === "==" || op === "!=") && lp && rp) {
            if (lp.c === rp.c) {
                return this.val({ k: "binary", op, l: lp.e, r: rp.e, ty: T.bool, span });
            }
            this.p.report("UnsupportedOperator", ts.isBinaryExpression(e) ? e.operatorToken : e, text,
                `objects of different classes (${lp.c} and ${rp.c})`, "Objects of different classes are never the "
                + "same object: the comparison is always false.");
            return this.placeholder(e);
        }
        this.p.report("UnsupportedOperator", ts.isBinaryExpression(e) ? e.operatorToken : e, text,
            `${tyName(l.ty)} and ${tyName(r.ty)}`, "Compare numbers or booleans, or two objects of one class (their "
            + "identity); strings and views have no value comparison in C.");
        return this.placeholder(e);
    }

    // --- calls ------------------------------------------------------------------------------

    call(e: ts.CallExpression): Val {
        const out = this.callInner(e);
        // a module-level variable tested before the call may have been changed by it
        if (this.hasEffects(out.e)) {
            this.facts.killGlobals();
        }
        return out;
    }

    private callInner(e: ts.CallExpression): Val {
        const callee = e.expression;
        const span = this.p.span(e);
        if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
            && !this.p.r.symbolOf(callee.expression)?.declarations?.some((d) => this.p.r.isApiDecl(d)
                || !d.getSourceFile().isDeclarationFile)) {
            if (callee.expression.text === "console") {
                return this.consoleLog(e);
            }
            if (callee.expression.text === "Math") {
                return this.math(e, callee.name.text);
            }
        }
        if (ts.isIdentifier(callee)) {
            const decl = this.p.r.symbolOf(callee)?.declarations?.[0];
            if (decl && this.p.r.isApiDecl(decl) && ts.isFunctionDeclaration(decl)) {
                const fb = apiFunctions[callee.text];
                return fb ? lowerApiFunction(this, e, fb) : this.langCall(e, callee.text);
            }
            const sym = this.p.r.symbolOf(callee);
            const fn = sym ? this.p.funcs.get(sym) : undefined;
            if (fn) {
                return this.userCall(e, fn, []);
            }
        }
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === "fill"
            && this.p.r.isTypedArray(this.p.r.checker.getTypeAtLocation(callee.expression))) {
            return this.fill(e, callee);
        }
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === "set"
            && this.p.r.isTypedArray(this.p.r.checker.getTypeAtLocation(callee.expression))) {
            return this.copyInto(e, callee);
        }
        if (ts.isPropertyAccessExpression(callee) && DATAVIEW_METHOD.test(callee.name.text) && this.p.r.isDataView(callee.expression)) {
            const [, op, kind, bits] = DATAVIEW_METHOD.exec(callee.name.text) as RegExpExecArray;
            const write = op === "set";
            const le = e.arguments[write ? 2 : 1]?.kind === ts.SyntaxKind.TrueKeyword;
            return this.byteOrderAt(e, callee.expression, e.arguments[0], write ? e.arguments[1] : undefined,
                { size: Number(bits) / 8, be: !le, write, signed: kind === "Int" });
        }
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === "charCodeAt") {
            const text = stringConstant(this.p.r, callee.expression);
            if (text !== undefined) {
                return this.charCode(e, callee, text);
            }
        }
        if (ts.isPropertyAccessExpression(callee)) {
            const api = lowerApiCall(this, e);
            if (api) {
                return api;
            }
            const obj = this.lower(callee.expression);
            const st = obj.ty.k === "ptr" ? obj.ty.to : obj.ty;
            const info = st.k === "struct" ? this.p.classByC(st.c) : undefined;
            const m = info?.methods.get(callee.name.text);
            if (m) {
                const self = obj.ty.k === "ptr" ? obj.e : { k: "addr" as const, e: obj.e, span };
                return this.userCall(e, m, [self]);
            }
        }
        this.p.fail(e, "call passed the checker");
    }

    /** Converts an argument to a parameter's type, reporting what cannot be exact. */
    coerce(node: ts.Node, v: Val, to: Ty, what: string): Expr {
        if (v.bad) {
            return v.e;
        }
        if (isInt(to)) {
            if (isInt(v.ty)) {
                const r = rangeOf(v);
                const target = tyRange(to);
                if (!fits(r, target) && !INT_ALIAS[to.c] && to.c.endsWith("_t") && !/^u?int\d+_t$|^s?size_t$/.test(to.c)) {
                    this.p.report("UnsupportedType", node, "number", `Only a member of the enum can be stored in ${what}.`);
                } else if (!fits(r, target)) {
                    const bad = r.hi > target.hi ? r.hi : r.lo;
                    const counter = counterName(node);
                    if (counter !== undefined && r.hi > target.hi) {
                        this.p.report("CounterMayNotFit", node, bad.toString(), what, target.lo.toString(),
                            target.hi.toString(), INT_ALIAS[to.c] ?? to.c, counter);
                    } else {
                        this.p.report("IntegerMayNotFit", node, bad.toString(), what, target.lo.toString(),
                            target.hi.toString(), INT_ALIAS[to.c] ?? to.c);
                    }
                }
                return castTo(v, to);
            }
            if (v.e.k === "float" && Number.isInteger(v.e.value) && Math.abs(v.e.value) <= Number.MAX_SAFE_INTEGER) {
                // `1.0` is the integer 1 in JavaScript
                return this.coerce(node, literal(BigInt(v.e.value), v.e.span), to, what);
            }
            if (v.ty.k === "f64") {
                const decl = numberDeclaration((n) => this.p.r.symbolOf(n), node);
                if (decl) {
                    this.p.report("NumberWhereInteger", node, INT_ALIAS[to.c] ?? to.c, decl.name, String(decl.line));
                } else {
                    this.p.report("MixedIntFloat", node, to.c, "number");
                }
                return v.e;
            }
            if (v.ty.k === "bool") {
                this.p.report("UnsupportedType", node, "boolean", "Write 'b ? 1 : 0' for a number.");
                return v.e;
            }
        }
        if (to.k === "f64") {
            if (v.ty.k === "f64") {
                return v.e;
            }
            if (isInt(v.ty) && v.e.k === "int") {
                return { k: "float", value: Number(v.e.value), span: v.e.span };
            }
            if (isInt(v.ty)) {
                this.p.report("MixedIntFloat", node, tyName(v.ty), "number");
                return v.e;
            }
        }
        if (to.k === "bool" && v.ty.k !== "bool") {
            this.p.report("UnsupportedType", node, tyName(v.ty), "A boolean is needed here.");
        }
        if (to.k === "ptr" && v.ty.k === "struct") {
            return { k: "addr", e: v.e, span: v.e.span };
        }
        return v.e;
    }

    private userCall(e: ts.CallExpression, fn: Func, self: Expr[]): Val {
        const span = this.p.span(e);
        const params = fn.params.slice(self.length);
        const args: Expr[] = [...self];
        e.arguments.forEach((a, i) => {
            const p = params[i];
            const v = this.lower(a, p.ty);
            if (p.ty.k === "view") {
                const len = v.ty.k === "array" ? v.ty.len : v.e.k === "var"
                    ? this.p.viewLens.get(v.e.v) ?? this.p.viewMaxLens.get(v.e.v) ?? Infinity : Infinity;
                this.p.argLens.set(p, Math.max(this.p.argLens.get(p) ?? 0, len));
                const elem = v.ty.k === "array" || v.ty.k === "view" ? v.ty.elem : undefined;
                if (elem && tsSpelling(elem) !== tsSpelling(p.ty.elem)) {
                    this.p.report("ViewElementMismatch", a, a.getText(), tsSpelling(elem), p.name, tsSpelling(p.ty.elem),
                        `${p.ty.readonly ? "readonly " : ""}${tsSpelling(elem)}[]`);
                }
                args.push(...this.viewArg(a, v));
                return;
            }
            if (isInt(p.ty) && isInt(v.ty) && !v.bad) {
                const r = intersect(rangeOf(v), tyRange(p.ty));
                const had = this.p.argRanges.get(p);
                this.p.argRanges.set(p, had ? union(had, r) : r);
            }
            args.push(this.coerce(a, v, p.ty, `parameter '${p.name}'`));
        });
        this.checkOrder(e, args);
        const r = isInt(fn.ret) ? this.p.results.get(fn) ?? tyRange(fn.ret) : undefined;
        return this.val({ k: "ucall", fn, args, ty: fn.ret, span }, r);
    }

    /**
     * `buf.fill(v)` on a byte array or view (the checker allows no other): `memset`. JavaScript
     * stores v modulo 256 (ToUint8/ToInt8), as C's conversion to uint8_t does, so the cast
     * keeps memset's int argument in range.
     */
    private fill(e: ts.CallExpression, callee: ts.PropertyAccessExpression): Val {
        const span = this.p.span(e);
        const arr = this.lower(callee.expression);
        const v = this.lower(e.arguments[0]);
        if (!isInt(v.ty)) {
            this.p.report("UnsupportedType", e.arguments[0], tyName(v.ty), "Fill with an integer.");
            return this.placeholder(e);
        }
        const [ptr, len] = this.viewArg(callee.expression, arr);
        this.checkOrder(e, [arr.e, v.e]);
        this.p.use([], "<string.h>");
        return this.val({ k: "call", fn: "memset", args: [ptr, castTo(v, T.u8), len], ty: T.void, span });
    }

    /**
     * `S.charCodeAt(i)` on a literal or `const` string: a constant for a constant index, else
     * the literal indexed in C (`"GET"[i]`), for ASCII text and an index proven inside it.
     */
    private charCode(e: ts.CallExpression, callee: ts.PropertyAccessExpression, text: string): Val {
        const span = this.p.span(e);
        const name = callee.expression.getText();
        const i = this.lower(e.arguments[0]);
        if (!isInt(i.ty)) {
            this.p.report("UnsupportedType", e.arguments[0], tyName(i.ty), "Index with an integer.");
            return this.placeholder(e);
        }
        const r = rangeOf(i);
        if (r.lo < 0n || r.hi >= BigInt(text.length)) {
            this.p.report("CharIndexRange", e.arguments[0], name, (r.lo < 0n ? r.lo : r.hi).toString(), String(text.length));
            return this.placeholder(e);
        }
        if (r.lo === r.hi) {
            const c = BigInt(text.charCodeAt(Number(r.lo)));
            return literal(c, span);
        }
        if (!/^[\x00-\x7f]*$/.test(text)) {
            this.p.report("TextNotAscii", callee.expression, "charCodeAt with an index that varies",
                "Keep the text as bytes, 'const T = bytes(...)' (its UTF-8 bytes), and read T[i].");
            return this.placeholder(e);
        }
        const codes = [...text].map((c) => BigInt(c.charCodeAt(0)));
        const lo = codes.reduce((a, b) => (b < a ? b : a));
        const hi = codes.reduce((a, b) => (b > a ? b : a));
        return this.val({ k: "index", a: { k: "str", value: text, span }, i: i.e, ty: T.u8, span }, { lo, hi });
    }

    /**
     * `dst.set(src, off)`: `memcpy(&dst[off], src, n)`, or `memmove` when the two may share
     * storage (a view), as TypedArray.set copies as if through a temporary. `off + src.length
     * <= dst.length` is proven or checked (two checks: off >= 0, and the end).
     */
    private copyInto(e: ts.CallExpression, callee: ts.PropertyAccessExpression): Val {
        const span = this.p.span(e);
        const dst = this.arrayOf(callee.expression);
        const src = this.arrayOf(e.arguments[0]);
        if (tsSpelling(dst.elem) !== tsSpelling(src.elem)) {
            this.p.report("UnsupportedType", e.arguments[0], tsSpelling(src.elem), `set copies between arrays of one `
                + `element type (here ${tsSpelling(dst.elem)}): convert element by element in a loop.`);
            return this.placeholder(e);
        }
        const off = e.arguments[1] ? this.lower(e.arguments[1]) : literal(0n, span);
        if (!this.offsetOk(e.arguments[1] ?? e, off)) {
            return this.placeholder(e);
        }
        this.checkOrder(e, [dst.v.e, src.v.e, off.e]);
        const ro = rangeOf(off);
        const srcN = src.n !== undefined ? BigInt(src.n) : undefined;
        const dstN = dst.n !== undefined ? BigInt(dst.n) : dst.minLen;
        const proven = ro.lo >= 0n && srcN !== undefined && dstN !== undefined && ro.hi + srcN <= dstN;
        const checks: Expr[] = [];
        const where = `${span.file}:${span.line}: index out of range`;
        const plus1: Expr = { k: "binary", op: "+", l: dst.len, r: literal(1n, span).e, ty: T.size, span };
        if (!this.countCheck(proven)) {
            const end: Expr = { k: "binary", op: "+", l: castTo(off, T.size), r: src.len, ty: T.size, span };
            checks.push({ k: "boundscheck", i: off.e, len: plus1, where, span }, { k: "boundscheck", i: end, len: plus1, where, span });
        }
        this.p.use([], "<string.h>");
        const distinct = dst.v.e.k === "var" && src.v.e.k === "var" && dst.v.e.v !== src.v.e.v
            && dst.v.ty.k === "array" && src.v.ty.k === "array";
        const at: Expr = off.e.k === "int" && off.e.value === 0n ? dst.v.e
            : { k: "addr", e: { k: "index", a: dst.v.e, i: off.e, ty: dst.elem, span }, span };
        const bytes = elemBytes(dst.elem);
        const n: Expr = bytes === 1 ? src.len : src.len.k === "int" ? literal(src.len.value * BigInt(bytes), span).e
            : { k: "binary", op: "*", l: src.len, r: literal(BigInt(bytes), span).e, ty: T.size, span };
        const call: Expr = { k: "call", fn: distinct ? "memcpy" : "memmove", args: [at, src.v.e, n], ty: T.void, span };
        return this.val(checks.length > 0 ? { k: "seq", items: [...checks, call], ty: T.void, span } : call);
    }

    /** A typed array passed where a view is expected: pointer and element count. */
    viewArg(node: ts.Node, v: Val): Expr[] {
        const span = this.p.span(node);
        if (v.ty.k === "array") {
            return [v.e, literal(BigInt(v.ty.len), span).e];
        }
        if (v.ty.k === "view" && v.e.k === "var") {
            return [v.e, { k: "len", v: v.e.v, span }];
        }
        this.p.fail(node, "view argument is not an array");
    }

    private langCall(e: ts.CallExpression, name: string): Val {
        const span = this.p.span(e);
        if (name === "writeText") {
            return this.writeText(e);
        }
        if (name === "bytesEqual") {
            return this.bytesEqual(e);
        }
        const to = INT_TYPES[name];
        if (to && isInt(to) && to.bits === 32 && e.arguments.length === 1) {
            const probe = this.p.r.checker.getTypeAtLocation(e.arguments[0]);
            if (!this.isFloatish(e.arguments[0], probe)) {
                return this.wrap32(e.arguments[0], to, span);
            }
        }
        if (to && isInt(to)) {
            const arg = unparen(e.arguments[0]);
            const mop = ts.isBinaryExpression(arg) ? MODULAR[arg.operatorToken.kind] : undefined;
            if (mop && ts.isBinaryExpression(arg)) {
                const a = this.lower(arg.left);
                const b = this.lower(arg.right);
                if (isInt(a.ty) && isInt(b.ty)) {
                    this.checkOrder(arg, [a.e, b.e]);
                    const out = modular(mop, a, b, to, span);
                    if ("k" in out && (out.k === "precision" || out.k === "divisor")) {
                        return this.intErr(arg, out);
                    }
                    const v = out as Val;
                    return this.val(v.e, v.r);
                }
            }
            const x = this.lower(e.arguments[0]);
            if (x.ty.k === "f64") {
                this.p.includes.add("<math.h>");
                const helper = to.signed ? "_to_int32" : "_to_uint32";
                this.p.helpers.add(helper);
                const as32: Val = this.val({ k: "toint", to: to.signed ? T.i32 : T.u32, e: x.e, span },
                    tyRange(to.signed ? T.i32 : T.u32));
                const w = wrapTo(as32, to, span);
                return this.val(w.e, w.r);
            }
            if (!isInt(x.ty)) {
                this.p.report("UnsupportedType", e.arguments[0], tyName(x.ty), "Convert an integer or a number.");
                return this.placeholder(e);
            }
            const w = wrapTo(x, to, span);
            return this.val(w.e, w.r);
        }
        if (name === "f64") {
            const x = this.lower(e.arguments[0]);
            this.p.use(["float"]);
            if (x.ty.k === "f64") {
                return x;
            }
            if (x.e.k === "int") {
                return this.val({ k: "float", value: Number(x.e.value), span });
            }
            return this.val({ k: "cast", to: T.f64, e: x.e, span });
        }
        const bo = BYTE_ORDER[name];
        if (bo) {
            return this.byteOrder(e, bo);
        }
        this.p.fail(e, `language function '${name}' passed the checker`);
    }

    /** A Uint8Array argument, or undefined after saying that one is needed. */
    private byteArray(node: ts.Expression, what: string): ReturnType<ExprLowerer["arrayOf"]> | undefined {
        if (this.p.r.isTypedArray(this.p.r.checker.getTypeAtLocation(node)) !== "Uint8Array") {
            this.p.report("UnsupportedType", node, node.getText(), `${what} takes a Uint8Array (or a view of one).`);
            return undefined;
        }
        return this.arrayOf(node);
    }

    /**
     * writeText(buf, off, text): the text formatted as a template literal prints it, into
     * buf[off..] and truncated at its end, as TextEncoder.encodeInto does (ASCII, so a byte
     * is a character). `_write_text` formats into a stack buffer of the longest text the
     * program can make and copies what fits: no NUL lands in buf.
     */
    private writeText(e: ts.CallExpression): Val {
        const span = this.p.span(e);
        const arr = this.byteArray(e.arguments[0], "writeText");
        const off = this.lower(e.arguments[1]);
        if (!arr) {
            return this.placeholder(e);
        }
        if (!this.offsetOk(e.arguments[1], off)) {
            return this.placeholder(e);
        }
        const t = e.arguments[2];
        const fmt: FmtPart[] = [];
        const args: Expr[] = [];
        let max = 0;
        const texts: string[] = [];
        if (ts.isTemplateExpression(t)) {
            texts.push(t.head.text);
            fmt.push({ text: esc(t.head.text) });
            for (const part of t.templateSpans) {
                max += this.format(part.expression, fmt, args);
                texts.push(part.literal.text);
                fmt.push({ text: esc(part.literal.text) });
            }
        } else {
            const text = stringConstant(this.p.r, t) ?? "";
            texts.push(text);
            fmt.push({ text: esc(text) });
        }
        max += texts.reduce((a, x) => a + x.length, 0);
        const strs: string[] = [];
        const walk = (x: Expr): void => {
            if (x.k === "str") {
                strs.push(x.value);
            }
            forEachChildExpr(x, walk);
        };
        args.forEach(walk);
        if ([...texts, ...strs, ...fmt.map((f) => ("text" in f ? f.text : ""))].some((x) => !/^[\x00-\x7f]*$/.test(x))) {
            this.p.report("TextNotAscii", t, "writeText", "Write other characters as bytes: a table, "
                + "'const T = bytes(\"...\")', copied in with a loop.");
            return this.placeholder(e);
        }
        if (texts.some((x) => x.includes("\0")) || !Number.isFinite(max)) {
            this.p.report("UnsupportedSyntax", t, Number.isFinite(max) ? "A NUL character in writeText's text"
                : "A string value whose length is not known", "Write constant text, integers and booleans; "
                + "store other bytes with buf[i] = ....");
            return this.placeholder(e);
        }
        this.checkOrder(e, [arr.v.e, off.e, ...args]);
        // 0 <= off <= length: off === length writes nothing, as a subarray there is empty
        const ro = rangeOf(off);
        const proven = ro.lo >= 0n && ((arr.n !== undefined && ro.hi <= BigInt(arr.n))
            || (arr.minLen !== undefined && ro.hi <= arr.minLen));
        const checks: Expr[] = [];
        if (!this.countCheck(proven)) {
            checks.push({ k: "boundscheck", i: off.e, len: { k: "binary", op: "+", l: arr.len, r: literal(1n, span).e, ty: T.size, span },
                where: `${span.file}:${span.line}: index out of range`, span });
        }
        this.p.use(["stdio"], "<stdio.h>");
        this.p.use([], "<string.h>");
        this.p.includes.add("<stdarg.h>");
        const atZero = off.e.k === "int" && off.e.value === 0n;
        const ptr: Expr = atZero ? arr.v.e : { k: "addr", e: { k: "index", a: arr.v.e, i: off.e, ty: T.u8, span }, span };
        const cap: Expr = atZero ? arr.len : { k: "binary", op: "-", l: arr.len, r: castTo(off, T.size), ty: T.size, span };
        const call: Expr = { k: "printf", fmt, args, into: { ptr, cap, max }, span };
        const most = BigInt(max) < (arr.n !== undefined ? BigInt(arr.n) : BigInt(max)) ? BigInt(max) : BigInt(arr.n ?? max);
        return this.val(checks.length > 0 ? { k: "seq", items: [...checks, call], ty: T.size, span } : call, { lo: 0n, hi: most });
    }

    /** Counts a range check as proven, or as kept (then the file needs core_panic and _index); true if proven. */
    private countCheck(proven: boolean): boolean {
        if (proven) {
            this.p.checksRemoved++;
            return true;
        }
        this.p.checksKept++;
        this.p.use(["panic"], "panic.h");
        this.p.helpers.add("_index");
        return false;
    }

    /** An offset that is used twice (a check and the address): an i32 or u32 without effects. */
    private offsetOk(node: ts.Node, off: Val): boolean {
        if (!isInt(off.ty) || !fits(rangeOf(off), { lo: -(2n ** 31n), hi: 2n ** 32n - 1n })) {
            this.p.report("UnsupportedType", node, tyName(off.ty), "The offset is an i32 or u32 integer.");
            return false;
        }
        if (!isPure(off.e)) {
            this.p.report("UnsupportedSyntax", node, "An offset computed by a call or an index",
                "Store the offset in a 'const' first: it is used twice.");
            return false;
        }
        return true;
    }

    /** bytesEqual(a, b): the lengths, then memcmp; b may be a literal or const string (its UTF-8 bytes). */
    private bytesEqual(e: ts.CallExpression): Val {
        const span = this.p.span(e);
        const a = this.byteArray(e.arguments[0], "bytesEqual");
        const text = stringConstant(this.p.r, e.arguments[1]);
        const b = text === undefined ? this.byteArray(e.arguments[1], "bytesEqual") : undefined;
        if (!a || (text === undefined && !b)) {
            return this.placeholder(e);
        }
        const bPtr: Expr = text !== undefined ? { k: "str", value: text, span } : (b as NonNullable<typeof b>).v.e;
        const bLen: Expr = text !== undefined ? literal(BigInt(Buffer.byteLength(text)), span).e : (b as NonNullable<typeof b>).len;
        this.checkOrder(e, [a.v.e, bPtr]);
        const aLen = a.len;
        const known = aLen.k === "int" && bLen.k === "int";
        if (aLen.k === "int" && bLen.k === "int" && aLen.value !== bLen.value) {
            return this.val({ k: "bool", value: false, span }, { lo: 0n, hi: 0n });
        }
        const sameLen: Expr = { k: "binary", op: "==", l: a.len, r: bLen, ty: T.bool, span };
        if (bLen.k === "int" && bLen.value === 0n) {
            return known ? this.val({ k: "bool", value: true, span }, { lo: 1n, hi: 1n }) : this.val(sameLen, { lo: 0n, hi: 1n });
        }
        this.p.use([], "<string.h>");
        const cmp: Expr = { k: "binary", op: "==", l: { k: "call", fn: "memcmp", args: [a.v.e, bPtr, bLen], ty: T.int, span },
            r: literal(0n, span).e, ty: T.bool, span };
        return this.val(known ? cmp : { k: "binary", op: "&&", l: sameLen, r: cmp, ty: T.bool, span }, { lo: 0n, hi: 1n });
    }

    /** readU16BE(buf, off) and friends: the shifts a C programmer writes, bounds-checked once. */
    private byteOrder(e: ts.CallExpression, bo: { size: number; be: boolean; write: boolean }): Val {
        return this.byteOrderAt(e, e.arguments[0], e.arguments[1], bo.write ? e.arguments[2] : undefined, bo);
    }

    /**
     * A field of `size` bytes at `offNode` in the byte array `arrNode`: read, or written with
     * `valNode`'s low bits; `signed` reads it as a signed integer (DataView's getInt16, ...).
     */
    private byteOrderAt(e: ts.CallExpression, arrNode: ts.Expression, offNode: ts.Expression, valNode: ts.Expression | undefined,
        bo: { size: number; be: boolean; write: boolean; signed?: boolean }): Val {
        const span = this.p.span(e);
        const arr = this.arrayOf(arrNode);
        const off = this.lower(offNode);
        if (!isInt(off.ty) || arr.elem.k !== "int" || arr.elem.bits !== 8) {
            this.p.report("UnsupportedType", offNode, tyName(off.ty), "Pass a Uint8Array and an integer offset.");
            return this.placeholder(e);
        }
        if (!isPure(off.e)) {
            this.p.report("UnsupportedSyntax", offNode, "An offset computed by a call or an index",
                "Store the offset in a 'const' first: it is used once per byte.");
            return this.placeholder(e);
        }
        // one check covers the whole field: offset + size <= length
        const ro = rangeOf(off);
        const last = arith("+", off, literal(BigInt(bo.size - 1), span), span) as Val;
        const rl = rangeOf(last);
        const proven = ro.lo >= 0n && ((arr.n !== undefined && rl.hi < BigInt(arr.n))
            || (arr.minLen !== undefined && rl.hi < arr.minLen)
            || (arr.view !== undefined && this.withinView(offNode, off, arr.view, BigInt(bo.size))));
        const checks: Expr[] = [];
        if (!this.countCheck(proven)) {
            const where = `${span.file}:${span.line}: index out of range`;
            checks.push({ k: "boundscheck", i: off.e, len: arr.len, where, span });
            if (bo.size > 1) {
                checks.push({ k: "boundscheck", i: last.e, len: arr.len, where, span });
            }
        }
        const t = bo.size === 1 ? T.u8 : bo.size === 2 ? T.u16 : T.u32;
        const signed = bo.size === 1 ? T.i8 : bo.size === 2 ? T.i16 : T.i32;
        const elem: Expr = { k: "index", a: arr.v.e, i: off.e, ty: arr.elem, span };
        const at: Expr = { k: "addr", e: elem, span };
        // RIOT's byteorder.h accessors: an unaligned load or store and a byte swap
        const fn = `byteorder_${bo.write ? `hto${bo.be ? "be" : "le"}buf${bo.size === 2 ? "s" : "l"}`
            : `${bo.be ? "be" : "le"}buftoh${bo.size === 2 ? "s" : "l"}`}`;
        if (bo.size > 1) {
            this.p.use([], "byteorder.h");
        }
        const withChecks = (x: Expr, ty: Ty): Expr => (checks.length > 0 ? { k: "seq", items: [...checks, x], ty, span } : x);
        if (!bo.write) {
            const raw: Expr = bo.size === 1 ? elem : { k: "call", fn, args: [at], ty: t, span };
            // a signed read keeps the same bits, as (int16_t)(uint16_t)x does in i16(x)
            const x: Expr = bo.signed ? { k: "cast", to: signed, e: raw, span } : raw;
            return this.val(withChecks(x, bo.signed ? signed : t), tyRange(bo.signed ? signed : t));
        }
        const v = this.lower(valNode as ts.Expression);
        if (!isInt(v.ty)) {
            this.p.report("UnsupportedType", valNode as ts.Expression, tyName(v.ty), "Write an integer.");
            return this.placeholder(e);
        }
        this.checkOrder(e, [arr.v.e, off.e, v.e]);
        // JavaScript stores the low 8, 16 or 32 bits: C's conversion to the unsigned type does the same
        const store: Expr = bo.size === 1 ? { k: "store", target: elem, e: castTo(v, t), span }
            : { k: "call", fn, args: [at, castTo(v, t)], ty: T.void, span };
        return this.val(withChecks(store, T.void));
    }

    private math(e: ts.CallExpression, name: string): Val {
        const span = this.p.span(e);
        const args = e.arguments;
        if ((name === "trunc" || name === "floor") && args.length === 1 && isDivision(args[0])) {
            return this.division(unparen(args[0]) as ts.BinaryExpression, name);
        }
        const arity: Record<string, [number, number]> = { min: [1, 8], max: [1, 8], abs: [1, 1], floor: [1, 1],
            trunc: [1, 1], ceil: [1, 1], round: [1, 1], sqrt: [1, 1], imul: [2, 2] };
        const [lo, hi] = arity[name] ?? [0, 99];
        if (args.length < lo || args.length > hi) {
            this.p.report("UnsupportedSyntax", e, `Math.${name} with ${args.length} arguments`,
                lo === hi ? `Pass ${lo}.` : `Pass ${lo} to ${hi}; JavaScript's Math.max() is -Infinity.`);
            return this.placeholder(e);
        }
        const vs = args.map((a) => this.lower(a));
        if (vs.some((v) => v.bad)) {
            return this.placeholder(e);
        }
        this.checkOrder(e, vs.map((v) => v.e));
        if (vs.some((v) => v.ty.k === "f64") || name === "sqrt") {
            this.p.use(["float"]);
        }
        if (name === "sqrt" && vs.length === 1 && isInt(vs[0].ty)) {
            // an integer converts to double exactly; sqrt is correctly rounded in both
            vs[0] = { e: castTo(vs[0], T.f64), ty: T.f64 };
        }
        const allInt = vs.every((v) => isInt(v.ty));
        const allFloat = vs.every((v) => v.ty.k === "f64");
        if (!allInt && !allFloat) {
            const i = vs.find((v) => isInt(v.ty));
            const f = vs.find((v) => v.ty.k === "f64");
            return i && f ? this.mixed(e, i, f) : this.placeholder(e);
        }
        const pure = vs.every((v) => isPure(v.e));
        if (allInt) {
            switch (name) {
            case "min": case "max": {
                if (!pure) {
                    this.p.report("UnsupportedSyntax", e, `Math.${name} of computed values`,
                        "Store the values in 'const's first: each is evaluated twice in C.");
                    return this.placeholder(e);
                }
                const out = minMax(name, vs, span);
                return this.val(out.e, out.r);
            }
            case "abs": {
                if (!pure) {
                    this.p.report("UnsupportedSyntax", e, "Math.abs of a computed value",
                        "Store the value in a 'const' first: it is evaluated twice in C.");
                    return this.placeholder(e);
                }
                const out = abs(vs[0], span);
                return this.val(out.e, out.r);
            }
            case "floor": case "trunc": case "round": case "ceil":
                return vs[0];
            case "imul": {
                const out = imul(vs[0], vs[1], span);
                return this.val(out.e, out.r);
            }
            default:
                break;
            }
        } else {
            this.p.includes.add("<math.h>");
            // Math.round is not C's round (halves away from zero): _js_round rounds halves up, as JavaScript
            const c = ({ floor: "floor", trunc: "trunc", abs: "fabs", sqrt: "sqrt", ceil: "ceil", round: "_js_round" } as
                Record<string, string>)[name];
            if (c) {
                return this.val({ k: "call", fn: c, args: vs.map((v) => v.e), ty: T.f64, span });
            }
            if (name === "min" || name === "max") {
                this.p.report("UnsupportedType", e, "number (double)", `Math.${name} of floats: NaN and -0 `
                    + "make C's fmin/fmax differ from JavaScript; compare with if/else.");
                return this.placeholder(e);
            }
        }
        this.p.report("UnknownApi", e.expression, `Math.${name}`);
        return this.placeholder(e);
    }

    // --- console.log ------------------------------------------------------------------------

    /** console.log: one printf (or puts) whose output is byte for byte Node's. */
    private consoleLog(e: ts.CallExpression): Val {
        const span = this.p.span(e);
        this.p.use(["stdio"], "<stdio.h>");
        const first = e.arguments[0];
        if (e.arguments.length > 1 && first && !this.plainFormat(first)) {
            this.p.report("UnsupportedSyntax", first, "A first console.log argument that may contain '%' "
                + "when more arguments follow", "Node treats '%' there as a format directive; pass one "
                + "template literal instead.");
        }
        for (const a of e.arguments) {
            if (/\0/.test(a.getText().replace(/\\0/g, "\0")) || (ts.isStringLiteralLike(a) && a.text.includes("\0"))
                || (ts.isTemplateExpression(a) && [a.head.text, ...a.templateSpans.map((t) => t.literal.text)].some((t) => t.includes("\0")))) {
                this.p.report("UnsupportedSyntax", a, "A NUL character in output", "C strings end at NUL; print bytes some other way.");
            }
        }
        const fmt: FmtPart[] = [];
        const args: Expr[] = [];
        e.arguments.forEach((a, i) => {
            if (i > 0) {
                fmt.push({ text: " " });
            }
            if (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) {
                fmt.push({ text: esc(a.text) });
            } else if (ts.isTemplateExpression(a)) {
                fmt.push({ text: esc(a.head.text) });
                for (const part of a.templateSpans) {
                    this.format(part.expression, fmt, args);
                    fmt.push({ text: esc(part.literal.text) });
                }
            } else {
                const v = this.lower(a);
                if (v.ty.k === "str") {
                    fmt.push({ text: "%s" });
                    args.push(v.e);
                } else if (!v.bad) {
                    this.p.report("UnsupportedSyntax", a, "Passing a number or boolean to console.log directly",
                        "Use a template literal: console.log(`${n}`) (Node prints -0 as '-0' here, "
                        + "and C cannot tell -0 from 0).");
                }
            }
        });
        this.checkOrder(e, args);
        if (args.length === 0 && fmt.every((f) => "text" in f)) {
            const text = fmt.map((f) => ("text" in f ? f.text : "")).join("").replace(/%%/g, "%");
            return this.val({ k: "call", fn: "puts", args: [{ k: "str", value: text, span }], ty: T.int, span });
        }
        fmt.push({ text: "\n" });
        return this.val({ k: "printf", fmt, args, span });
    }

    /** A console.log first argument Node will not treat as a format: no '%' can appear in it. */
    private plainFormat(a: ts.Expression): boolean {
        if (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) {
            return !a.text.includes("%");
        }
        if (ts.isTemplateExpression(a)) {
            const texts = [a.head.text, ...a.templateSpans.map((t) => t.literal.text)];
            const strings = a.templateSpans.some((t) => (this.p.r.checker.getTypeAtLocation(t.expression).flags
                & ts.TypeFlags.StringLike) !== 0);
            return !strings && texts.every((t) => !t.includes("%"));
        }
        return false;
    }

    /**
     * Appends the printf conversion that prints a value exactly as a template literal does;
     * returns the most bytes it can print (Infinity when that is not known).
     */
    private format(node: ts.Expression, fmt: FmtPart[], args: Expr[]): number {
        const span = this.p.span(node);
        const v = this.lower(node);
        const ty = v.ty;
        if (v.e.k === "str") {
            fmt.push({ text: esc(v.e.value) });
            return Buffer.byteLength(v.e.value);
        }
        if (ty.k === "str") {
            fmt.push({ text: "%s" });
            args.push(v.e);
            return strMax(v.e);
        }
        if (ty.k === "bool") {
            fmt.push({ text: "%s" });
            args.push({ k: "cond", c: v.e, a: { k: "str", value: "true", span }, b: { k: "str", value: "false", span },
                ty: T.str, span });
            return 5;
        }
        if (ty.k === "f64") {
            this.p.report("FloatFormat", node);
            return 0;
        }
        const ep = ty.k === "ptr" ? ty.to : ty;
        if (ep.k === "struct" && (ep.c === "sock_udp_ep_t" || ep.c === "sock_tcp_ep_t")) {
            // "[addr%netif]:port" or "a.b.c.d:port" through the static helper _ep_str, into a
            // compound literal that lives until the end of the statement's block
            this.p.use(["addr_str"], "net/ipv6/addr.h");
            this.p.includes.add("net/ipv4/addr.h");
            this.p.includes.add("<string.h>");
            this.p.includes.add("<stdio.h>");
            fmt.push({ text: "%s" });
            args.push({ k: "call", fn: "_ep_str", args: [{ k: "const", c: `(char[${EP_TEXT_MAX + 1}]){ 0 }`, ty: T.str, span },
                ty.k === "ptr" ? v.e : { k: "addr", e: v.e, span }], ty: T.str, span });
            return EP_TEXT_MAX;
        }
        if (!isInt(ty)) {
            this.p.report("UnsupportedType", node, tyName(ty), "Only numbers, booleans and strings can be printed.");
            return 0;
        }
        const r = rangeOf(v);
        const se = this.p.stringEnums.get(ty.c);
        const names = se?.strings;
        if (names && !isPure(v.e)) {
            this.p.report("UnsupportedSyntax", node, "Printing a string enum value computed by a call",
                "Store it in a 'const' first: the C picks its string by comparing it with each member.");
            return 0;
        }
        if (names) {
            // a string enum prints its member's string: a choice between the literals
            let e: Expr = { k: "str", value: names[names.length - 1], span };
            for (let i = names.length - 2; i >= 0; i--) {
                const is: Expr = { k: "binary", op: "==", l: v.e, r: { k: "const", c: (se as { consts: readonly string[] }).consts[i], ty, span },
                    ty: T.bool, span };
                e = { k: "cond", c: is, a: { k: "str", value: names[i], span }, b: e, ty: T.str, span };
            }
            if (v.e.k === "const" || v.e.k === "int") {
                const at = v.e.k === "int" ? Number(v.e.value) : Number(r.lo);
                if (r.lo === r.hi && names[at] !== undefined) {
                    fmt.push({ text: esc(names[at]) });
                    return Buffer.byteLength(names[at]);
                }
            }
            fmt.push({ text: "%s" });
            args.push(e);
            return Math.max(...names.map((n) => Buffer.byteLength(n)));
        }
        const digits = Math.max(r.lo.toString().length, r.hi.toString().length);
        if (v.e.k === "int") {
            fmt.push({ text: v.e.value.toString() }); // a constant prints as its digits
            return digits;
        }
        if (ty.c.endsWith("_t") && !/^u?int\d+_t$|^s?size_t$/.test(ty.c) && fits(r, tyRange(T.i32))) {
            fmt.push({ text: "%d" }); // an enum: its values are ints
            args.push({ k: "cast", to: T.int, e: v.e, span });
            return digits;
        }
        if (ty.bits < 32 || ty.c === "int" || (ty.signed && ty.bits === 32 && ty.c !== "int32_t" && ty.c !== "ssize_t")) {
            fmt.push({ text: "%d" });
            args.push(ty.bits < 32 || ty.c === "int" ? v.e : castTo(v, T.int));
            return digits;
        }
        if (ty.c === "ssize_t") {
            fmt.push({ text: "%zd" });
            args.push(v.e);
            return digits;
        }
        if (ty.c === "size_t") {
            fmt.push({ text: "%zu" });
            args.push(v.e);
            return digits;
        }
        this.p.includes.add("<inttypes.h>");
        // each PRI macro gets exactly its type: an enum is an `int`, and PRIu32 is "lu" with newlib
        const exact = (t: Ty & { k: "int" }) => ty.c === t.c ? v.e : { k: "cast" as const, to: t, e: v.e, span };
        if (ty.bits === 64) {
            // boards' printf (mpaland-printf) prints 64-bit values only with printf_long_long
            this.p.use(["printf64"]);
            fmt.push({ text: "%" }, { macro: "PRId64" });
            args.push(exact(T.i64 as Ty & { k: "int" }));
            return digits;
        }
        const signed = ty.signed || r.lo < 0n;
        fmt.push({ text: "%" }, { macro: signed ? "PRId32" : "PRIu32" });
        args.push(exact((signed ? T.i32 : T.u32) as Ty & { k: "int" }));
        return digits;
    }
}

/**
 * `l && r` / `l || r`, with an operand the ranges decided folded away as JavaScript would
 * evaluate it: `false || x` is x, `true && x` is x, `false && x` is false (x never runs);
 * a decided right operand goes only where the left one has no effects.
 */
function logical(op: "&&" | "||", l: Expr, r: Expr, span: Span): Expr {
    const and = op === "&&";
    if (l.k === "bool") {
        return l.value === and ? r : l;
    }
    if (r.k === "bool" && r.value === and) {
        return l;
    }
    if (r.k === "bool" && isPure(l)) {
        return r;
    }
    return { k: "binary", op, l, r, ty: T.bool, span };
}

/** The terms of a sum `a + b + c` (parentheses dropped); one term for anything else. */
export function sumTerms(node: ts.Expression): ts.Expression[] {
    const x = unparen(node);
    return ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.PlusToken
        ? [...sumTerms(x.left), ...sumTerms(x.right)] : [x];
}

/** Bytes per element of a typed array's element type. */
function elemBytes(ty: Ty): number {
    return ty.k === "int" ? ty.bits / 8 : ty.k === "f64" ? 8 : ty.k === "bool" ? 1 : 4;
}

/** The most bytes a string expression prints: a literal, or a choice between them. */
function strMax(e: Expr): number {
    if (e.k === "str") {
        return Buffer.byteLength(e.value);
    }
    if (e.k === "cond") {
        return Math.max(strMax(e.a), strMax(e.b));
    }
    return Infinity;
}

/** How a program spells an element type: u8, i32, number, boolean, a class. */
function tsSpelling(ty: Ty): string {
    switch (ty.k) {
    case "int": {
        const m = /^(u?)int(\d+)_t$/.exec(ty.c);
        return m ? `${m[1] === "u" ? "u" : "i"}${m[2]}` : ty.c;
    }
    case "f64": return "number";
    case "bool": return "boolean";
    case "struct": return ty.c.replace(/_t$/, "");
    default: return ty.k;
    }
}

/** The outcome of an integer comparison when the operands' ranges decide it. */
function decide(op: string, a: Range, b: Range, same: boolean): boolean | undefined {
    if (same) {
        return op === "==" || op === "<=" || op === ">=";
    }
    switch (op) {
    case "<": return a.hi < b.lo ? true : a.lo >= b.hi ? false : undefined;
    case "<=": return a.hi <= b.lo ? true : a.lo > b.hi ? false : undefined;
    case ">": return a.lo > b.hi ? true : a.hi <= b.lo ? false : undefined;
    case ">=": return a.lo >= b.hi ? true : a.hi < b.lo ? false : undefined;
    case "==": return a.lo === a.hi && b.lo === b.hi ? a.lo === b.lo : (a.hi < b.lo || b.hi < a.lo) ? false : undefined;
    case "!=": return a.lo === a.hi && b.lo === b.hi ? a.lo !== b.lo : (a.hi < b.lo || b.hi < a.lo) ? true : undefined;
    default: return undefined;
    }
}

/** True if two pure expressions are the same computation (spans aside): `~f <= ~f`. */
function sameValue(a: Expr, b: Expr): boolean {
    if (!isPure(a) || !isPure(b)) {
        return false;
    }
    const same = (x: unknown, y: unknown): boolean => {
        if (x === y) {
            return true;
        }
        if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) {
            return false;
        }
        if ("scope" in x || "scope" in y) {
            return false; // distinct variables (identical ones were === above)
        }
        const kx = Object.keys(x).filter((k) => k !== "span" && k !== "exact");
        const ky = Object.keys(y).filter((k) => k !== "span" && k !== "exact");
        return kx.length === ky.length && kx.every((k) => same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
    };
    return same(a, b);
}

const MODULAR: Partial<Record<ts.SyntaxKind, "+" | "-" | "*">> = {
    [ts.SyntaxKind.PlusToken]: "+", [ts.SyntaxKind.MinusToken]: "-", [ts.SyntaxKind.AsteriskToken]: "*",
};

const INT_ALIAS: Readonly<Record<string, string>> = {
    int8_t: "i8", int16_t: "i16", int32_t: "i32", uint8_t: "u8", uint16_t: "u16", uint32_t: "u32", int: "i32",
};

function esc(text: string): string {
    return text.replace(/%/g, "%%");
}

export function unparen(e: ts.Expression): ts.Expression {
    while (ts.isParenthesizedExpression(e)) {
        e = e.expression;
    }
    return e;
}

function isZero(e: ts.Expression): boolean {
    const x = unparen(e);
    return ts.isNumericLiteral(x) && Number(x.text) === 0;
}

function isDivision(e: ts.Expression): boolean {
    const x = unparen(e);
    return ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.SlashToken;
}



export { exprType };

/** The variable of `n++`, `++n` or `n += 1` (a counter counting up), else undefined. */
function counterName(node: ts.Node): string | undefined {
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node))
        && node.operator === ts.SyntaxKind.PlusPlusToken) {
        return node.operand.getText();
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken
        && ts.isNumericLiteral(node.right) && node.right.text === "1") {
        return node.left.getText();
    }
    return undefined;
}

/** A variable or parameter declared 'number' that `node` names: its name and line. */
function numberDeclaration(symbolOf: (n: ts.Node) => ts.Symbol | undefined, node: ts.Node): { name: string; line: number } | undefined {
    if (!ts.isIdentifier(node)) {
        return undefined;
    }
    const decl = symbolOf(node)?.declarations?.[0];
    if (decl && (ts.isParameter(decl) || ts.isVariableDeclaration(decl)) && decl.type?.kind === ts.SyntaxKind.NumberKeyword) {
        const sf = decl.getSourceFile();
        return { name: node.text, line: sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1 };
    }
    return undefined;
}

/**
 * Integer arithmetic with JavaScript's exact results.
 *
 * Every integer value carries the range of values it can hold, computed from types,
 * literals and the facts the enclosing conditions establish. An operation's result range
 * picks the C type it is computed in (int32_t, uint32_t or int64_t), so C never
 * overflows where JavaScript would not; where the range leaves JavaScript's exact integers
 * (2^53), or a value would have to wrap to fit its variable, the caller reports an error
 * instead. Bitwise operators and shifts follow ToInt32/ToUint32 exactly.
 */
import { Span } from "../diagnostics/diagnostic";
import { Expr, T, Ty } from "../ir/ir";

export interface Range {
    readonly lo: bigint;
    readonly hi: bigint;
}

/** A lowered value: its C expression and, for integers, the range of values it can take. */
export interface Val {
    readonly e: Expr;
    readonly ty: Ty;
    readonly r?: Range;
    /** A stand-in for an expression that already has an error: no further reports about it. */
    readonly bad?: boolean;
}

export type IntTy = Extract<Ty, { k: "int" }>;

export const MAX_SAFE = 2n ** 53n;
const I32: Range = { lo: -(2n ** 31n), hi: 2n ** 31n - 1n };
const U32: Range = { lo: 0n, hi: 2n ** 32n - 1n };
const I64: Range = { lo: -(2n ** 63n), hi: 2n ** 63n - 1n };

/** The values a C integer type can hold (int and ssize_t as 32 bits: docs/language.md). */
export function tyRange(ty: Ty): Range {
    if (ty.k === "bool") {
        return { lo: 0n, hi: 1n };
    }
    if (ty.k !== "int") {
        return I64;
    }
    const bits = BigInt(ty.bits);
    return ty.signed ? { lo: -(2n ** (bits - 1n)), hi: 2n ** (bits - 1n) - 1n }
        : { lo: 0n, hi: 2n ** bits - 1n };
}

export function fits(r: Range, outer: Range): boolean {
    return r.lo >= outer.lo && r.hi <= outer.hi;
}

export function union(...rs: Range[]): Range {
    return { lo: rs.reduce((m, r) => (r.lo < m ? r.lo : m), rs[0].lo),
        hi: rs.reduce((m, r) => (r.hi > m ? r.hi : m), rs[0].hi) };
}

export function intersect(a: Range, b: Range): Range {
    return { lo: a.lo > b.lo ? a.lo : b.lo, hi: a.hi < b.hi ? a.hi : b.hi };
}

/** The C type an integer with this range is computed in. */
export function container(r: Range): IntTy {
    if (fits(r, I32)) {
        return T.i32 as IntTy;
    }
    if (fits(r, U32)) {
        return T.u32 as IntTy;
    }
    return T.i64 as IntTy;
}

export function literal(value: bigint, span: Span, hex = false): Val {
    const ty = fits({ lo: value, hi: value }, I32) ? T.int : container({ lo: value, hi: value });
    return { e: { k: "int", value, ty, span, hex }, ty, r: { lo: value, hi: value } };
}

export function rangeOf(v: Val): Range {
    return v.r ?? tyRange(v.ty);
}

function isPromoted(ty: Ty): boolean {
    return ty.k === "bool" || (ty.k === "int" && (ty.bits < 32 || ty.c === "int" || ty.c === "int32_t"));
}

/** `v` as a value of C type `to`: literals are retyped, other values cast. */
export function castTo(v: Val, to: Ty): Expr {
    if (v.e.k === "int") {
        // a constant converts at compile time, modulo 2^bits as C converts it
        const value = to.k !== "int" || fits({ lo: v.e.value, hi: v.e.value }, tyRange(to)) ? v.e.value
            : to.signed ? BigInt.asIntN(to.bits, v.e.value) : BigInt.asUintN(to.bits, v.e.value);
        return { ...v.e, value, ty: to };
    }
    if (sameTy(v.ty, to)) {
        return v.e;
    }
    const exact = to.k === "int" && fits(rangeOf(v), tyRange(to));
    return { k: "cast", to, e: v.e, span: v.e.span, exact };
}

export function sameTy(a: Ty, b: Ty): boolean {
    return a.k === b.k && (a.k !== "int" || (b.k === "int" && a.c === b.c));
}

/**
 * The operands of an arithmetic operation computed in `t`, without casts C's promotions make
 * unnecessary: narrow and 32-bit signed operands of an int32_t computation, literals always.
 */
function operands(t: IntTy, ...vs: Val[]): [Expr[], Ty] {
    const plain = t.c === "int32_t" && vs.every((v) => v.e.k === "int" || isPromoted(v.ty));
    if (plain) {
        const wide = vs.some((v) => v.ty.k === "int" && v.ty.c === "int32_t");
        return [vs.map((v) => v.e), wide ? T.i32 : T.int];
    }
    return [vs.map((v) => castTo(v, t)), t];
}

function mulRange(a: Range, b: Range): Range {
    const c = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
    return { lo: c.reduce((m, x) => (x < m ? x : m)), hi: c.reduce((m, x) => (x > m ? x : m)) };
}

export type IntError =
    | { readonly k: "precision"; readonly at: bigint }
    | { readonly k: "divisor"; readonly what: string };

function safe(r: Range): IntError | undefined {
    if (r.hi > MAX_SAFE) {
        return { k: "precision", at: r.hi };
    }
    if (r.lo < -MAX_SAFE) {
        return { k: "precision", at: r.lo };
    }
    return undefined;
}

/** `a + b`, `a - b`, `a * b` on integers: exact, as in JavaScript. */
export function arith(op: "+" | "-" | "*", a: Val, b: Val, span: Span): Val | IntError {
    const ra = rangeOf(a);
    const rb = rangeOf(b);
    const r = op === "+" ? { lo: ra.lo + rb.lo, hi: ra.hi + rb.hi }
        : op === "-" ? { lo: ra.lo - rb.hi, hi: ra.hi - rb.lo } : mulRange(ra, rb);
    const err = safe(r);
    if (err) {
        return err;
    }
    if (a.e.k === "int" && b.e.k === "int") {
        return literal(r.lo, span);
    }
    const t = container(union(r, ra, rb));
    const [[l, rr], ty] = operands(t, a, b);
    return { e: { k: "binary", op, l, r: rr, ty, span }, ty, r };
}

export function negate(a: Val, span: Span): Val {
    const ra = rangeOf(a);
    const r = { lo: -ra.hi, hi: -ra.lo };
    if (a.e.k === "int") {
        return literal(-a.e.value, span);
    }
    const t = container(union(r, ra));
    const [[e], ty] = operands(t, a);
    return { e: { k: "unary", op: "-", e, ty, span }, ty, r };
}

/** JavaScript's ToInt32 of an integer value: the same value when it already fits. */
export function toInt32(a: Val): Val {
    const ra = rangeOf(a);
    if (fits(ra, I32)) {
        return a;
    }
    if (a.e.k === "int") {
        return literal(BigInt.asIntN(32, a.e.value), a.e.span);
    }
    const bits = castTo(a, T.u32);
    return { e: { k: "cast", to: T.i32, e: bits, span: a.e.span }, ty: T.i32, r: I32 };
}

/** ToUint32 of an integer value. */
export function toUint32(a: Val): Val {
    const ra = rangeOf(a);
    if (fits(ra, U32)) {
        return a;
    }
    if (a.e.k === "int") {
        return literal(BigInt.asUintN(32, a.e.value), a.e.span);
    }
    return { e: { k: "cast", to: T.u32, e: a.e, span: a.e.span }, ty: T.u32, r: U32 };
}

function bitLength(x: bigint): bigint {
    let n = 0n;
    while (x > 0n) {
        x >>= 1n;
        n++;
    }
    return n;
}

/** C's usual arithmetic conversions for the integer types riotscript uses. */
function usualType(a: Ty, b: Ty): Ty {
    const tys = [a, b].filter((t): t is IntTy => t.k === "int");
    const wideUnsigned = tys.find((t) => !t.signed && t.bits >= 32);
    if (wideUnsigned) {
        return wideUnsigned;
    }
    const wide = tys.find((t) => t.bits >= 32 && t.c !== "int");
    return wide ?? T.int;
}

/** `a & b`, `a | b`, `a ^ b`: ToInt32 of both, a signed 32-bit result. */
export function bitwise(op: "&" | "|" | "^", a: Val, b: Val, span: Span): Val {
    if (a.e.k === "int" && b.e.k === "int") {
        const x = BigInt.asIntN(32, a.e.value);
        const y = BigInt.asIntN(32, b.e.value);
        return literal(BigInt.asIntN(32, op === "&" ? x & y : op === "|" ? x | y : x ^ y), span);
    }
    const ra = rangeOf(a);
    const rb = rangeOf(b);
    const inI32 = fits(ra, I32) && fits(rb, I32);
    const nonNeg = (r: Range) => r.lo >= 0n && r.hi <= I32.hi;
    // two's complement operands of at most n bits give an n-bit result
    const signedBits = (q: Range) => {
        let n = 1n;
        while (q.lo < -(2n ** (n - 1n)) || q.hi > 2n ** (n - 1n) - 1n) {
            n++;
        }
        return n;
    };
    let r: Range = I32;
    if (inI32) {
        const n = signedBits(ra) > signedBits(rb) ? signedBits(ra) : signedBits(rb);
        r = { lo: -(2n ** (n - 1n)), hi: 2n ** (n - 1n) - 1n };
    }
    if (op === "&" && (nonNeg(ra) || nonNeg(rb))) {
        const his = [ra, rb].filter(nonNeg).map((x) => x.hi);
        r = { lo: 0n, hi: his.reduce((m, x) => (x < m ? x : m)) };
    } else if (op !== "&" && nonNeg(ra) && nonNeg(rb)) {
        r = { lo: 0n, hi: 2n ** bitLength(ra.hi > rb.hi ? ra.hi : rb.hi) - 1n };
    }
    if (a.e.k === "const" && b.e.k === "const" && nonNeg(ra) && nonNeg(rb)) {
        // RIOT's flag constants (SOCK_ASYNC_MSG_RECV | SOCK_ASYNC_CONN_FIN): the same bits in any type
        const ty = usualType(a.ty, b.ty);
        return { e: { k: "binary", op, l: a.e, r: b.e, ty, span }, ty, r };
    }
    if (inI32) {
        const [[l, rr], ty] = operands(T.i32 as IntTy, a, b);
        return { e: { k: "binary", op, l, r: rr, ty, span }, ty, r };
    }
    // a non-negative result below 2^31 has the same bits in any C type of 32 bits or more
    const narrow = (v: Val) => v.e.k === "int" || (v.ty.k === "int" && v.ty.bits <= 32);
    if (r.lo >= 0n && r.hi <= I32.hi && narrow(a) && narrow(b)) {
        const ty = usualType(a.ty, b.ty);
        return { e: { k: "binary", op, l: a.e, r: b.e, ty, span }, ty, r };
    }
    // computed on the 32-bit patterns; the result is ToInt32 of them
    const e: Expr = { k: "binary", op, l: castTo(a, T.u32), r: castTo(b, T.u32), ty: T.u32, span };
    if (r.lo >= 0n) {
        return { e, ty: T.u32, r };
    }
    return { e: { k: "cast", to: T.i32, e, span }, ty: T.i32, r };
}

export function complement(a: Val, span: Span): Val {
    const x = toInt32(a);
    const rx = rangeOf(x);
    const r = { lo: -rx.hi - 1n, hi: -rx.lo - 1n };
    if (x.e.k === "int") {
        return literal(-x.e.value - 1n, span);
    }
    if (x.ty.k === "int" && !x.ty.signed && x.ty.bits < 32) {
        // ~c on a narrow unsigned c is -1 - c: C's ~ on the promoted value trips warnings
        return { e: { k: "binary", op: "-", l: literal(-1n, span).e, r: x.e, ty: T.int, span }, ty: T.int, r };
    }
    if (x.ty.k === "int" && !x.ty.signed) {
        // complement the 32-bit pattern: ~ on a promoted narrow unsigned value is a C trap
        const bits: Expr = { k: "unary", op: "~", e: castTo(x, T.u32), ty: T.u32, span };
        return { e: { k: "cast", to: T.i32, e: bits, span }, ty: T.i32, r };
    }
    const [[e], ty] = operands(T.i32 as IntTy, x);
    return { e: { k: "unary", op: "~", e, ty, span }, ty, r };
}

/** The shift count: ToUint32(b) & 31, without the mask when the range proves it. */
function shiftCount(b: Val, span: Span): [Expr, Range] {
    const rb = rangeOf(b);
    if (b.e.k === "int") {
        const k = BigInt.asUintN(32, b.e.value) & 31n;
        return [literal(k, span).e, { lo: k, hi: k }];
    }
    if (fits(rb, { lo: 0n, hi: 31n })) {
        return [b.e, rb];
    }
    const masked = bitwise("&", toInt32(b), literal(31n, span), span);
    return [masked.e, { lo: 0n, hi: 31n }];
}

/** `a << b`, `a >> b`, `a >>> b`. */
export function shift(op: "<<" | ">>" | ">>>", a: Val, b: Val, span: Span): Val {
    const [count, rc] = shiftCount(b, span);
    if (a.e.k === "int" && count.k === "int") {
        const k = count.value;
        const v = op === ">>>" ? BigInt.asUintN(32, a.e.value) >> k
            : op === ">>" ? BigInt.asIntN(32, a.e.value) >> k
                : BigInt.asIntN(32, BigInt.asIntN(32, a.e.value) << k);
        return literal(v, span);
    }
    if (op === ">>>") {
        const x = toUint32(a);
        const rx = rangeOf(x);
        const r = { lo: rx.lo >> rc.hi, hi: rx.hi >> rc.lo };
        const e: Expr = { k: "binary", op: ">>", l: castTo(x, T.u32), r: count, ty: T.u32, span };
        return { e, ty: T.u32, r };
    }
    const x = toInt32(a);
    const rx = rangeOf(x);
    if (op === ">>") {
        const r = { lo: rx.lo < 0n ? rx.lo >> rc.lo : rx.lo >> rc.hi, hi: rx.hi < 0n ? rx.hi >> rc.hi : rx.hi >> rc.lo };
        const [[l], ty] = operands(T.i32 as IntTy, x);
        return { e: { k: "binary", op: ">>", l, r: count, ty, span }, ty, r };
    }
    // <<: exact when a non-negative value stays below 2^31, else on the bit pattern
    if (rx.lo >= 0n && (rx.hi << rc.hi) <= I32.hi) {
        const r = { lo: rx.lo << rc.lo, hi: rx.hi << rc.hi };
        const [[l], ty] = operands(T.i32 as IntTy, x);
        return { e: { k: "binary", op: "<<", l, r: count, ty, span }, ty, r };
    }
    const bits: Expr = { k: "binary", op: "<<", l: castTo(x, T.u32), r: count, ty: T.u32, span };
    return { e: { k: "cast", to: T.i32, e: bits, span }, ty: T.i32, r: I32 };
}

/** A divisor's range without zero, when facts or the range exclude it. */
function nonZero(r: Range, nz: boolean): Range | undefined {
    if (r.lo > 0n || r.hi < 0n) {
        return r;
    }
    if (!nz) {
        return undefined;
    }
    if (r.lo === 0n) {
        return r.hi >= 1n ? { lo: 1n, hi: r.hi } : undefined;
    }
    if (r.hi === 0n) {
        return { lo: r.lo, hi: -1n };
    }
    return r; // spans zero but is known non-zero: corners with ±1 below
}

function truncDiv(x: bigint, y: bigint): bigint {
    return x / y; // BigInt division truncates toward zero, as C and Math.trunc do
}

function floorDiv(x: bigint, y: bigint): bigint {
    const q = x / y;
    return x % y !== 0n && (x < 0n) !== (y < 0n) ? q - 1n : q;
}

/**
 * The exact range of trunc(a / b) or floor(a / b): both are monotonic in each operand while
 * b keeps its sign, so the corners decide, with ±1 added when b spans zero (without it).
 */
function divCorners(ra: Range, rb: Range, div: (x: bigint, y: bigint) => bigint): Range {
    const ds = [rb.lo, rb.hi];
    if (rb.lo < 0n && rb.hi > 0n) {
        ds.push(-1n, 1n);
    }
    const c: bigint[] = [];
    for (const d of ds.filter((x) => x !== 0n)) {
        c.push(div(ra.lo, d), div(ra.hi, d));
    }
    return { lo: c.reduce((m, x) => (x < m ? x : m)), hi: c.reduce((m, x) => (x > m ? x : m)) };
}

/**
 * Integer division of the forms JavaScript spells `Math.trunc(a / b)` (`mode` trunc),
 * `Math.floor(a / b)` (floor) and `(a / b) | 0` (wrap32, where a zero divisor gives 0).
 * `pure` says `a` and `b` can be evaluated twice.
 */
export function divide(mode: "trunc" | "floor" | "wrap32", a: Val, b: Val, bNonZero: boolean,
    pure: boolean, span: Span): Val | IntError {
    const ra = rangeOf(a);
    const rb0 = rangeOf(b);
    const rb = nonZero(rb0, bNonZero);
    if (!rb && mode !== "wrap32") {
        return { k: "divisor", what: "Infinity or NaN" };
    }
    if (!pure && (mode === "floor" || !rb)) {
        return { k: "divisor", what: "" }; // the caller asks for a temporary
    }
    if (a.e.k === "int" && b.e.k === "int" && b.e.value !== 0n) {
        const x = a.e.value;
        const y = b.e.value;
        let q0 = x / y;
        if (mode === "floor" && x % y !== 0n && (x < 0n) !== (y < 0n)) {
            q0 -= 1n;
        }
        return literal(mode === "wrap32" ? BigInt.asIntN(32, q0) : q0, span);
    }
    const rbEff = rb ?? { lo: rb0.lo === 0n ? 1n : rb0.lo, hi: rb0.hi === 0n ? -1n : rb0.hi };
    const q = divCorners(ra, rbEff, truncDiv);
    // a negative divisor can negate a (INT_MIN / -1): the type must hold -a too
    const t = container(union(ra, rb0, q, ...(rbEff.lo < 0n ? [{ lo: -ra.hi, hi: -ra.lo }] : [])));
    const [[l, r], ty] = operands(t, a, b);
    let e: Expr = { k: "binary", op: "/", l, r, ty, span };
    let range = q;
    if (mode === "floor" && !(ra.lo >= 0n && rbEff.lo > 0n)) {
        // round toward -infinity when the signs differ and the division is inexact
        const rem: Expr = { k: "binary", op: "%", l, r, ty, span };
        const zero = literal(0n, span).e;
        const inexact: Expr = { k: "binary", op: "!=", l: rem, r: zero, ty: T.bool, span };
        const neg = (v: Val): Expr => {
            const rv = rangeOf(v);
            if (rv.lo >= 0n || rv.hi < 0n) {
                return { k: "bool", value: rv.hi < 0n, span };
            }
            return { k: "binary", op: "<", l: v.e, r: zero, ty: T.bool, span };
        };
        const na = neg(a);
        const nb = neg(b);
        // when both signs are known the rounding test folds
        const signs: Expr = na.k === "bool" && nb.k === "bool" ? { k: "bool", value: na.value !== nb.value, span }
            : na.k === "bool" ? (na.value ? { k: "unary", op: "!", e: nb, ty: T.bool, span } : nb)
                : nb.k === "bool" ? (nb.value ? { k: "unary", op: "!", e: na, ty: T.bool, span } : na)
                    : { k: "binary", op: "!=", l: na, r: nb, ty: T.bool, span };
        if (signs.k === "bool" && !signs.value) {
            return { e, ty, r: q };
        }
        const adjust: Expr = signs.k === "bool" ? inexact : { k: "binary", op: "&&", l: inexact, r: signs, ty: T.bool, span };
        e = { k: "binary", op: "-", l: e, r: adjust, ty, span };
        range = divCorners(ra, rbEff, floorDiv);
    }
    if (mode !== "wrap32") {
        return { e, ty, r: range };
    }
    const wrapped = toInt32({ e, ty, r: range });
    if (rb) {
        return wrapped;
    }
    const zero = literal(0n, span);
    const isZero: Expr = { k: "binary", op: "==", l: b.e, r: zero.e, ty: T.bool, span };
    const wr = rangeOf(wrapped);
    const rt = union(wr, zero.r as Range);
    return { e: { k: "cond", c: isZero, a: zero.e, b: wrapped.e, ty: wrapped.ty, span }, ty: wrapped.ty, r: rt };
}

/** `a % b`: the sign of the dividend, as in C; a zero divisor (NaN in JavaScript) is an error. */
export function remainder(a: Val, b: Val, bNonZero: boolean, span: Span): Val | IntError {
    const ra = rangeOf(a);
    const rb = nonZero(rangeOf(b), bNonZero);
    if (!rb) {
        return { k: "divisor", what: "NaN" };
    }
    if (a.e.k === "int" && b.e.k === "int") {
        return literal(a.e.value % b.e.value, span);
    }
    const m = (rb.hi > -rb.lo ? rb.hi : -rb.lo) - 1n;
    const r = { lo: ra.lo < 0n ? (ra.lo > -m ? ra.lo : -m) : 0n, hi: ra.hi > 0n ? (ra.hi < m ? ra.hi : m) : 0n };
    // INT_MIN % -1 is undefined in C: widen when both can happen
    const risky = rb.lo <= -1n && rb.hi >= -1n;
    const t = container(risky ? union(ra, rangeOf(b), { lo: -ra.hi, hi: -ra.lo }) : union(ra, rangeOf(b)));
    const [[l, rr], ty] = operands(t, a, b);
    return { e: { k: "binary", op: "%", l, r: rr, ty, span }, ty, r };
}

/**
 * Operands for a C comparison that gives JavaScript's answer: C's usual arithmetic
 * conversions would turn `-1 < 0u` false, so mixed signedness compares in int64_t.
 */
export function comparable(a: Val, b: Val): [Expr, Expr] {
    if (a.ty.k !== "int" || b.ty.k !== "int") {
        return [a.e, b.e];
    }
    const unsignedWide = (v: Val) => v.ty.k === "int" && !v.ty.signed && v.ty.bits >= 32 && v.e.k !== "int";
    const mayBeNegative = (v: Val) => rangeOf(v).lo < 0n;
    if ((unsignedWide(a) && mayBeNegative(b)) || (unsignedWide(b) && mayBeNegative(a))) {
        return [castTo(a, T.i64), castTo(b, T.i64)];
    }
    // a non-negative signed value converts exactly; the cast keeps -Wsign-compare quiet
    const signedWide = (v: Val) => v.ty.k === "int" && v.ty.signed && v.e.k !== "int";
    const wider = (v: Val, u: Val) => rangeOf(v).hi > tyRange(u.ty).hi;
    if ((unsignedWide(a) && signedWide(b) && wider(b, a)) || (unsignedWide(b) && signedWide(a) && wider(a, b))) {
        return [castTo(a, T.i64), castTo(b, T.i64)];
    }
    if (unsignedWide(a) && signedWide(b)) {
        return [a.e, castTo(b, a.ty)];
    }
    if (unsignedWide(b) && signedWide(a)) {
        return [castTo(a, b.ty), b.e];
    }
    return [a.e, b.e];
}

/** Math.min / Math.max of integer values (pure operands: each is evaluated twice). */
export function minMax(which: "min" | "max", vs: Val[], span: Span): Val {
    let acc = vs[0];
    for (const v of vs.slice(1)) {
        const ra = rangeOf(acc);
        const rb = rangeOf(v);
        if (acc.e.k === "var" && v.e.k === "var" && acc.e.v === v.e.v) {
            continue;
        }
        // one operand is always the answer: no comparison (C compilers warn about those)
        const aWins = which === "min" ? ra.hi <= rb.lo : ra.lo >= rb.hi;
        const bWins = which === "min" ? rb.hi <= ra.lo : rb.lo >= ra.hi;
        if (aWins || bWins) {
            acc = aWins ? acc : v;
            continue;
        }
        const r = which === "min" ? { lo: ra.lo < rb.lo ? ra.lo : rb.lo, hi: ra.hi < rb.hi ? ra.hi : rb.hi }
            : { lo: ra.lo > rb.lo ? ra.lo : rb.lo, hi: ra.hi > rb.hi ? ra.hi : rb.hi };
        if (acc.e.k === "int" && v.e.k === "int") {
            acc = literal(which === "min" ? r.lo : r.hi, span);
            continue;
        }
        const t = container(union(ra, rb));
        const [[x, y], ty] = operands(t, acc, v);
        const [cx, cy] = comparable({ e: x, ty, r: ra }, { e: y, ty, r: rb });
        const c: Expr = { k: "binary", op: which === "min" ? "<" : ">", l: cx, r: cy, ty: T.bool, span };
        acc = { e: { k: "cond", c, a: x, b: y, ty, span }, ty, r };
    }
    return acc;
}

export function abs(a: Val, span: Span): Val {
    const ra = rangeOf(a);
    if (ra.lo >= 0n) {
        return a;
    }
    const neg = negate(a, span);
    const r = { lo: ra.hi < 0n ? -ra.hi : 0n, hi: (-ra.lo > ra.hi ? -ra.lo : ra.hi) };
    const t = container(union(ra, rangeOf(neg)));
    const [[x]] = operands(t, a);
    const c: Expr = { k: "binary", op: "<", l: a.e, r: literal(0n, span).e, ty: T.bool, span };
    return { e: { k: "cond", c, a: neg.e, b: x, ty: neg.ty, span }, ty: neg.ty, r };
}

/** Math.imul: the low 32 bits of the product, signed. */
export function imul(a: Val, b: Val, span: Span): Val {
    const ra = rangeOf(a);
    const rb = rangeOf(b);
    const exact = mulRange(ra, rb);
    if (a.e.k === "int" && b.e.k === "int") {
        return literal(BigInt.asIntN(32, BigInt.asIntN(32, a.e.value) * BigInt.asIntN(32, b.e.value)), span);
    }
    if (fits(exact, I32)) {
        return arith("*", a, b, span) as Val;
    }
    const p: Expr = { k: "binary", op: "*", l: castTo(a, T.u32), r: castTo(b, T.u32), ty: T.u32, span };
    return { e: { k: "cast", to: T.i32, e: p, span }, ty: T.i32, r: I32 };
}

/**
 * `u32(a + b)`, `i32(a * b)`, ...: the exact result wrapped to 32 bits is what C's uint32_t
 * arithmetic computes, so the operation runs there (as `s += x` would in hand-written C).
 * The exact result must still be below 2^53, or JavaScript's own value is inexact.
 */
export function modular(op: "+" | "-" | "*", a: Val, b: Val, to: IntTy, span: Span): Val | IntError {
    const exact = arith(op, a, b, span);
    if ("k" in exact) {
        return exact;
    }
    const target = tyRange(to);
    if (fits(rangeOf(exact), target) || to.bits !== 32 || exact.e.k === "int") {
        return wrapTo(exact, to, span);
    }
    const operand = (v: Val): Expr => {
        if (v.e.k === "int") {
            return literal(BigInt.asUintN(32, v.e.value), span).e;
        }
        // every operand in uint32_t: narrower ones would make C compute in (signed) int
        return castTo(v, T.u32);
    };
    const e: Expr = { k: "binary", op, l: operand(a), r: operand(b), ty: T.u32, span };
    if (!to.signed) {
        return { e, ty: T.u32, r: target };
    }
    return { e: { k: "cast", to: T.i32, e, span }, ty: T.i32, r: target };
}

/** u8(x), i16(x), ...: wraps to the width, as `x & 0xff` and friends do in JavaScript. */
export function wrapTo(a: Val, to: IntTy, span: Span): Val {
    const target = tyRange(to);
    const ra = rangeOf(a);
    if (fits(ra, target)) {
        return { ...a, r: ra };
    }
    if (a.e.k === "int") {
        const v = to.signed ? BigInt.asIntN(to.bits, a.e.value) : BigInt.asUintN(to.bits, a.e.value);
        return literal(v, span);
    }
    // to a signed width: through the unsigned pattern, so the conversion is a plain truncation
    const inner: Expr = to.signed && to.bits < 64
        ? { k: "cast", to: { k: "int", c: `uint${to.bits}_t`, bits: to.bits, signed: false }, e: a.e, span }
        : a.e;
    return { e: { k: "cast", to, e: inner, span }, ty: to, r: target };
}

/** JavaScript's `!x` / truthiness of an integer: `x != 0`. */
export function truthy(a: Val, span: Span): Expr {
    if (a.ty.k === "bool" || (a.e.k === "binary" && a.e.op === "&")) {
        return a.e; // C tests an integer against zero just as JavaScript does
    }
    return { k: "binary", op: "!=", l: a.e, r: literal(0n, span).e, ty: T.bool, span };
}


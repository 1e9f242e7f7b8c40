/**
 * Lowering of RIOT API uses through riot/bindings.ts: method calls become the bound C
 * function with the receiver's address first, typed arrays become pointer and size, and a
 * byte count passed with a buffer is proven to lie within it or checked at run time.
 */
import { ts } from "ts-morph";
import { Expr, T } from "../ir/ir";
import { classes, constants, MethodBinding, Param } from "../riot/bindings";
import { stringConstant } from "../check/check";
import { castTo, literal, rangeOf, tyRange, Val } from "./ints";
import type { ExprLowerer } from "./expr";

/** An API enum member or field (`SockAsync.MSG_RECV`, `ep.port`), or undefined. */
export function lowerApiProperty(x: ExprLowerer, e: ts.PropertyAccessExpression): Val | undefined {
    const p = x.p;
    const span = p.span(e);
    const ref = p.r.api(e.name);
    if (ref?.k === "enumMember" && ref.binding) {
        p.use(ref.binding.memberFeatures?.[ref.name] ?? [], ref.binding.header);
        const c = ref.binding.members[ref.name];
        if (/^[0-9]+$/.test(c)) {
            const v = literal(BigInt(c), span);
            return { e: { ...v.e, ty: ref.binding.ty } as Expr, ty: ref.binding.ty, r: v.r };
        }
        // RIOT's flag bits, errno numbers and address families are all small and positive
        return { e: { k: "const", c, ty: ref.binding.ty, span }, ty: ref.binding.ty, r: { lo: 0n, hi: 2n ** 15n - 1n } };
    }
    if (ref?.k === "field") {
        const field = classes[ref.cls].fields[ref.name];
        const obj = x.lower(e.expression);
        return { e: { k: "field", e: obj.e, field: field.c, ty: field.ty, span }, ty: field.ty, r: tyRange(field.ty) };
    }
    if (ref?.k === "constant") {
        const c = constants[ref.name];
        p.use([], c.header);
        // an errno value (SOCK_DTLS_HANDSHAKE is EXDEV) is small and positive, as enum members are
        return { e: { k: "const", c: c.c, ty: c.ty, span }, ty: c.ty, r: c.small ? { lo: 0n, hi: 2n ** 15n - 1n } : tyRange(c.ty) };
    }
    return undefined;
}

/** A call of one of the API's free functions (`ztimerNow(Clock.MSEC)`). */
export function lowerApiFunction(x: ExprLowerer, e: ts.CallExpression, b: MethodBinding): Val {
    const span = x.p.span(e);
    x.p.use(b.features, b.header, span);
    let args = lowerArgs(x, e, b);
    if (b.pskCredential) {
        const [tag, key, id] = args;
        const text = (a: Expr) => (a.k === "str" ? a.value : "");
        args = [{ k: "pskCredential", tag, key: text(key), id: text(id), span }];
        x.p.credentials++;
    }
    const r = b.ret.k === "int" ? tyRange(b.ret) : undefined;
    const out: Expr = { k: "call", fn: b.c, args, ty: b.ret, span };
    if (r) {
        x.p.ranges.set(out, r);
    }
    return { e: out, ty: b.ret, r };
}

/** A call of an API method, or undefined if the callee is not one. */
export function lowerApiCall(x: ExprLowerer, e: ts.CallExpression): Val | undefined {
    const p = x.p;
    const callee = e.expression;
    if (!ts.isPropertyAccessExpression(callee)) {
        return undefined;
    }
    const ref = p.r.api(callee.name);
    if (ref?.k !== "method" || !ref.binding) {
        return undefined;
    }
    const span = p.span(e);
    const cls = classes[ref.cls];
    p.use([...cls.features, ...ref.binding.features], ref.binding.header, span);
    const self: Expr[] = [];
    if (!ref.isStatic) {
        const obj = x.lower(callee.expression);
        self.push(obj.ty.k === "ptr" ? obj.e : { k: "addr", e: obj.e, span });
    }
    if (ref.binding.addressCopy) {
        return addressCopy(x, e, callee, span);
    }
    if (ref.binding.assign) {
        // `ep.copyFrom(other)`: `ep = other;`, the struct copy a C programmer writes
        const target = x.lower(callee.expression);
        const from = x.lower(e.arguments[0]);
        return { e: { k: "store", target: target.e, e: from.e, span }, ty: T.void };
    }
    const rest = lowerArgs(x, e, ref.binding);
    const at = ref.binding.selfAt ?? 0;
    const args = [...rest.slice(0, at), ...self, ...rest.slice(at)];
    x["checkOrder"](e, args);
    const ret = ref.binding.ret;
    let r = ret.k === "int" ? tyRange(ret) : undefined;
    const atMost = ref.binding.resultAtMostLengthOf;
    if (r && atMost !== undefined) {
        const len = bufferLength(x, e.arguments[atMost]);
        if (len !== undefined) {
            r = { lo: r.lo, hi: BigInt(len) };
        }
    }
    if (ref.binding.recordOf !== undefined) {
        const len = bufferLength(x, e.arguments[ref.binding.recordOf]);
        p.dtlsRecord = len === undefined || p.dtlsRecord === "unknown" ? "unknown" : Math.max(p.dtlsRecord, len);
    }
    const out: Expr = { k: "call", fn: ref.binding.c, args, ty: ret, span };
    if (r) {
        p.ranges.set(out, r);
    }
    return { e: out, ty: ret, r };
}

/** The element count of an array, or of a view whose length is known; else undefined. */
function bufferLength(x: ExprLowerer, a: ts.Expression): number | undefined {
    const v = x.p.varOf(a);
    return v?.ty.k === "array" ? v.ty.len : v?.ty.k === "view" ? x.p.viewLens.get(v) : undefined;
}

function lowerArgs(x: ExprLowerer, e: ts.CallExpression, b: MethodBinding): Expr[] {
    const p = x.p;
    const out: Expr[] = [];
    b.params.forEach((param: Param, i) => {
        const a = e.arguments[i];
        const span = p.span(a);
        switch (param.k) {
        case "value":
            out.push(x.coerce(a, x.lower(a), param.ty, "this argument"));
            break;
        case "buffer": {
            const buf = x.lower(a);
            if (buf.ty.k === "view" && buf.e.k === "var") {
                out.push(buf.e, { k: "len", v: buf.e.v, span });
            } else {
                out.push(buf.e, { k: "sizeof", e: buf.e, span });
            }
            break;
        }
        case "data":
            out.push(x.lower(a).e);
            break;
        case "length":
            out.push(lowerLength(x, e, a, e.arguments[param.ofIndex], param.ty));
            break;
        case "endpoint":
        case "object": {
            const v = x.lower(a);
            out.push(v.e.k === "null" || v.ty.k === "ptr" ? v.e : { k: "addr", e: v.e, span });
            break;
        }
        case "handler": {
            const fn = p.funcs.get(p.r.symbolOf(a) as ts.Symbol);
            if (!fn) {
                return p.fail(a, "handler is not a program function");
            }
            out.push({ k: "fnref", fn, span });
            break;
        }
        case "handlerArg": {
            // null, or a module-level object (the checker allows no other): its address
            const v = x.lower(a);
            out.push(v.e.k === "null" || v.ty.k === "ptr" ? v.e : { k: "addr", e: v.e, span });
            break;
        }
        case "event": {
            // the event_t the callback object embeds
            const v = x.lower(a);
            out.push({ k: "addr", e: { k: "field", e: v.e, field: "super", ty: { k: "struct", c: "event_t" }, span }, span });
            break;
        }
        case "cstring":
            out.push({ k: "str", value: stringConstant(p.r, a) ?? "", span });
            break;
        case "objects": {
            // the array decays to a pointer to its first element; its length is the count
            const v = x.lower(a);
            out.push(v.e, literal(BigInt(v.ty.k === "array" ? v.ty.len : 0), span).e);
            break;
        }
        }
    });
    return out;
}

/** A byte count that must lie within the buffer: proven, or checked at run time. */
function lowerLength(x: ExprLowerer, call: ts.CallExpression, a: ts.Expression, arr: ts.Expression,
    ty: typeof T.size): Expr {
    const p = x.p;
    const len = x.lower(a);
    const buf = x.arrayOf(arr);
    const r = rangeOf(len);
    const lowOk = r.lo >= 0n;
    let highOk = buf.n !== undefined && r.hi <= BigInt(buf.n);
    if (!highOk && buf.view && len.e.k === "var") {
        highOk = x.withinView(a, len, buf.view, 0n);
    }
    const span = p.span(a);
    if (lowOk && highOk) {
        p.checksRemoved++;
        return len.e.k === "int" ? castTo(len, ty) : len.e; // proven in range: the conversion is exact
    }
    p.checksKept++;
    p.use(["panic"], "panic.h");
    p.helpers.add("_index");
    // len <= size, as one unsigned comparison len < size + 1 (a negative len wraps high)
    const size: Expr = buf.n !== undefined ? literal(BigInt(buf.n) + 1n, span).e
        : { k: "binary", op: "+", l: buf.len, r: literal(1n, span).e, ty: T.size, span };
    const what = (call.expression as ts.PropertyAccessExpression).name.text;
    const check: Expr = { k: "boundscheck", i: len.e, len: size,
        where: `${span.file}:${span.line}: ${what}: length outside the buffer`, span };
    if (len.e.k !== "int" && len.e.k !== "var" && len.e.k !== "const") {
        p.report("UnsupportedSyntax", a, "A computed length", "Store the length in a 'const' first.");
    }
    return { k: "seq", items: [check, castTo(len, ty)], ty, span };
}

/**
 * `ep.address(buf)`: `memcpy(buf, &ep.addr, n)` with n 16, 4 or 0 by the family, and n as the
 * value. The address union starts with the bytes for either family, so this builds with and
 * without IPv4. `buf` must hold 16 bytes: proven from its length, or checked.
 */
function addressCopy(x: ExprLowerer, e: ts.CallExpression, callee: ts.PropertyAccessExpression, span: Expr["span"]): Val {
    const p = x.p;
    const ep = x.lower(callee.expression);
    const buf = x.arrayOf(e.arguments[0]);
    if (buf.elem.k !== "int" || buf.elem.bits !== 8) {
        p.report("UnsupportedType", e.arguments[0], e.arguments[0].getText(), "address() copies into a Uint8Array.");
        return { e: literal(0n, span).e, ty: T.int, bad: true };
    }
    const family: Expr = { k: "field", e: ep.e, field: "family", ty: T.int, span };
    const af = (c: string): Expr => ({ k: "const", c, ty: T.int, span });
    const n: Expr = { k: "cond", c: { k: "binary", op: "==", l: family, r: af("AF_INET6"), ty: T.bool, span },
        a: literal(16n, span).e, b: { k: "cond", c: { k: "binary", op: "==", l: family, r: af("AF_INET"), ty: T.bool, span },
            a: literal(4n, span).e, b: literal(0n, span).e, ty: T.int, span }, ty: T.int, span };
    p.use([], "<string.h>");
    const items: Expr[] = [];
    const proven = (buf.n !== undefined && buf.n >= 16) || (buf.minLen !== undefined && buf.minLen >= 16n);
    if (proven) {
        p.checksRemoved++;
    } else {
        p.checksKept++;
        p.use(["panic"], "panic.h");
        p.helpers.add("_index");
        items.push({ k: "boundscheck", i: literal(15n, span).e, len: buf.len, where: `${span.file}:${span.line}: index out of range`, span });
    }
    items.push({ k: "call", fn: "memcpy", args: [buf.v.e, { k: "addr", e: { k: "field", e: ep.e, field: "addr", ty: T.void, span }, span },
        { k: "cast", to: T.size, e: n, span }], ty: T.void, span }, n);
    return { e: { k: "seq", items, ty: T.int, span }, ty: T.int, r: { lo: 0n, hi: 16n } };
}

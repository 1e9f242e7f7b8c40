/**
 * Lowering of statements: declarations, assignments, control flow. Keeps the facts of
 * facts.ts current as it goes (an assignment kills what was known, a condition adds to
 * it) and reports an assignment whose value JavaScript would keep but C would wrap.
 */
import { ts } from "ts-morph";
import { constantNumber } from "../check/check";
import { Case, Expr, Func, Label, Stmt, T, Ty, Var } from "../ir/ir";
import { classes } from "../riot/bindings";
import { alwaysExits, Fact, factsOf, fieldKeys } from "./facts";
import { castTo, fits, intersect, literal, Range, rangeOf, tyRange, union, Val } from "./ints";
import { ExprLowerer, sumTerms, unparen } from "./expr";
import { isInside, Program, TYPED_ARRAYS } from "./program";
import { progress } from "../diagnostics/diagnostic";

/** The most bytes a function's local array may take: more belongs in static storage. */
export const LOCAL_ARRAY_LIMIT = 256;

type Jump = { node: ts.Node; label?: Label; loop: boolean };

export class StmtLowerer extends ExprLowerer {
    /** Enclosing breakable statements, innermost last. */
    private readonly jumps: Jump[] = [];

    constructor(p: Program, private readonly fn: Func) {
        super(p);
    }

    block(stmts: readonly ts.Statement[], atEnd?: () => void): Stmt[] {
        const out: Stmt[] = [];
        this.facts.push();
        stmts.forEach((s, i) => {
            out.push(...this.statement(s, stmts.slice(i + 1)));
        });
        atEnd?.();
        this.facts.pop();
        return out;
    }

    /** A branch's statements in a scope of their own; `atEnd` sees the facts before it closes. */
    private branch(s: ts.Statement, atEnd?: () => void): Stmt[] {
        return this.block(ts.isBlock(s) ? s.statements : [s], atEnd);
    }

    private addFacts(cond: Expr, negated: boolean): void {
        for (const [v, f] of factsOf(cond, negated, (e) => this.p.ranges.get(e) ?? constRange(e), (v) => this.facts.get(v))) {
            this.facts.add(v, f);
        }
    }

    statement(s: ts.Statement, rest: readonly ts.Statement[] = []): Stmt[] {
        const span = this.p.span(s);
        progress.span = span;
        if (ts.isBlock(s)) {
            return [{ k: "block", body: this.block(s.statements), span }];
        }
        if (ts.isVariableStatement(s)) {
            const isConst = (s.declarationList.flags & ts.NodeFlags.Const) !== 0;
            return s.declarationList.declarations.flatMap((d) => this.local(d, isConst, rest));
        }
        if (ts.isExpressionStatement(s)) {
            return this.expressionStatement(s.expression);
        }
        if (ts.isIfStatement(s)) {
            return [this.ifStatement(s)];
        }
        if (ts.isReturnStatement(s)) {
            if (!s.expression) {
                return [{ k: "return", span }];
            }
            const v = this.lower(s.expression, this.fn.ret);
            if (this.fn.ret.k === "int" && v.ty.k === "int" && !v.bad) {
                const r = intersect(rangeOf(v), tyRange(this.fn.ret));
                const had = this.p.returned.get(this.fn);
                this.p.returned.set(this.fn, had ? union(had, r) : r);
            }
            return [{ k: "return", e: this.coerce(s.expression, v, this.fn.ret, "the return type"), span }];
        }
        if (ts.isLabeledStatement(s)) {
            const label: Label = { name: s.label.text, breakUsed: false, continueUsed: false };
            return this.loop(s.statement, label);
        }
        if (ts.isWhileStatement(s) || ts.isDoStatement(s) || ts.isForStatement(s) || ts.isForOfStatement(s)
            || ts.isSwitchStatement(s)) {
            return this.loop(s, undefined);
        }
        if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) {
            return [this.jump(s)];
        }
        if (ts.isEmptyStatement(s)) {
            return [];
        }
        this.p.fail(s, `statement kind ${ts.SyntaxKind[s.kind]} passed the checker`);
    }

    // --- declarations -------------------------------------------------------------------------

    private declare(name: ts.Identifier, ty: Ty, extra: Partial<Var> = {}): Var {
        const v: Var = { name: name.text, ty, scope: "local", span: this.p.span(name), ...extra };
        this.p.vars.set(this.p.symbol(name), v);
        return v;
    }

    /** The type a declaration gets: its annotation, or what its initialiser computes. */
    declaredType(d: ts.VariableDeclaration | ts.PropertyDeclaration, init: Val | undefined, isConst: boolean): Ty | undefined {
        if (d.type) {
            const ty = this.p.tyOfTypeNode(d.type, "value");
            if (!ty) {
                this.p.report("UnsupportedType", d.type, d.type.getText(), "See docs/language.md for the types riotscript has.");
            }
            return ty;
        }
        if (!init) {
            return undefined;
        }
        if (init.ty.k === "int" && this.isEnumTy(init.ty)) {
            return init.ty;
        }
        const counter = ts.isVariableDeclaration(d) ? this.counterTypes.get(d) : undefined;
        if (counter && init.e.k === "int" && init.e.value >= 0n) {
            return counter;
        }
        if (init.ty.k === "int") {
            const r = rangeOf(init);
            if (init.e.k === "int" || !isConst) {
                // a literal, or a `let` that will change: at least 32 bits, as a number would be
                return fits(r, tyRange(T.i32)) ? T.i32 : fits(r, tyRange(T.u32)) ? T.u32 : T.i64;
            }
            return init.ty.c === "int" ? T.i32 : init.ty;
        }
        return init.ty;
    }

    private local(d: ts.VariableDeclaration, isConst: boolean, rest: readonly ts.Statement[]): Stmt[] {
        const name = d.name as ts.Identifier;
        const init = d.initializer as ts.Expression;
        const bytes = this.p.r.dataViewSource(init);
        const covered = bytes ? this.p.varOf(bytes) : undefined;
        if (covered) {
            // `const view = new DataView(buf.buffer, ...)` covers buf's bytes: in C, view is buf,
            // and what is known of buf's length holds for it
            this.p.vars.set(this.p.symbol(name), covered);
            return [];
        }
        const span = this.p.span(d);
        if (ts.isNewExpression(init)) {
            return this.localNew(d, name, init, rest);
        }
        if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression)) {
            const ref = this.p.r.api(init.expression.name);
            if (ref?.k === "method" && ref.binding?.initializer) {
                const b = ref.binding;
                const cls = classes[ref.cls];
                this.p.use([...cls.features, ...b.features], b.header, this.p.span(init));
                const v = this.declare(name, { k: "struct", c: cls.c });
                const ini = b.initializer as NonNullable<typeof b.initializer>;
                const fields: [string, Expr][] = [];
                if (ini.portParam !== undefined) {
                    const a = init.arguments[ini.portParam];
                    fields.push(["port", this.coerce(a, this.lower(a), T.u16, "a port")]);
                }
                return [{ k: "local", v, init: { k: "macro", c: ini.macro, fields }, span }];
            }
            if (ref?.k === "method" && ref.binding?.outPointer) {
                return this.outPointer(name, init, ref.binding.outPointer.c);
            }
            if (init.expression.name.text === "subarray") {
                return [this.subarray(name, init)];
            }
        }
        const val = this.lower(init, d.type ? this.p.tyOfTypeNode(d.type, "value") : undefined);
        const ty = this.declaredType(d, val, isConst) ?? val.ty;
        if ((val.ty.k === "array" || val.ty.k === "view") && isConst && ["var", "field"].includes(val.e.k)) {
            // `const b = buf`: a second name for the same typed array, a view in C
            const v = this.declare(name, { k: "view", elem: val.ty.elem });
            const len: Expr = val.ty.k === "array" ? literal(BigInt(val.ty.len), span).e
                : val.e.k === "var" ? { k: "len", v: val.e.v, span } : literal(0n, span).e;
            if (val.ty.k === "array") {
                this.p.viewLens.set(v, val.ty.len);
            } else if (val.e.k === "var" && this.p.viewLens.has(val.e.v)) {
                this.p.viewLens.set(v, this.p.viewLens.get(val.e.v) as number);
            }
            return [{ k: "local", v, init: { k: "view", ptr: val.e, len }, span }];
        }
        if ((val.ty.k === "struct" || val.ty.k === "ptr") && isConst && !d.type
            && ["var", "index", "field"].includes(val.e.k)) {
            // `const p = peers[i]`: a second name for the same object, as in JavaScript: a pointer
            const to = val.ty.k === "ptr" ? val.ty.to : val.ty;
            const v = this.declare(name, { k: "ptr", to });
            const e: Expr = val.ty.k === "ptr" ? val.e : { k: "addr", e: val.e, span };
            return [{ k: "local", v, init: { k: "expr", e }, span }];
        }
        if (ty.k === "struct" || ty.k === "array" || ty.k === "view" || ty.k === "ptr") {
            this.p.report("ObjectMisuse", init, "object", isConst ? "copied" : "held in a 'let'",
                "Name it with a 'const' (a second name for the same object), or use the original name.");
            this.declare(name, ty);
            return [];
        }
        const e = this.coerce(init, val, ty, `'${name.text}'`);
        const v = this.declare(name, ty);
        if (ty.k === "int") {
            const r = intersect(rangeOf(val), tyRange(ty));
            this.facts.add(v, { lo: r.lo, hi: r.hi, nz: r.lo > 0n || r.hi < 0n, within: this.minWithin(init) });
        }
        return [{ k: "local", v, init: { k: "expr", e }, span }];
    }

    /**
     * The `within` facts a new integer variable starts with: `Math.min(end, buf.length)` (or
     * `buf.length - k`, or a variable already within a view) is at most that length; a copy
     * or a sum of variables has what its terms have, less what the others can add.
     */
    private minWithin(init: ts.Expression): { view: Var; margin: bigint }[] {
        const e = ts.isParenthesizedExpression(init) ? init.expression : init;
        // `const o = i` and `const o = rec + f`: what i (or rec) has, less what f can add
        const terms = sumTerms(e);
        if (terms.length > 1 || ts.isIdentifier(e)) {
            const ranges = terms.map((t) => (ts.isIdentifier(t) && this.p.varOf(t) ? this.varRange(this.p.varOf(t) as Var)
                : constantNumber(this.p.r.checker, t) !== undefined && Number.isInteger(constantNumber(this.p.r.checker, t))
                    ? { lo: BigInt(constantNumber(this.p.r.checker, t) as number), hi: BigInt(constantNumber(this.p.r.checker, t) as number) }
                    : undefined));
            if (ranges.some((r) => r === undefined || r.lo < 0n)) {
                return []; // every other term must be known and not negative
            }
            const out: { view: Var; margin: bigint }[] = [];
            terms.forEach((t, i) => {
                const v = ts.isIdentifier(t) ? this.p.varOf(t) : undefined;
                const rest = ranges.reduce((sum, r, j) => (j === i ? sum : sum + (r as Range).hi), 0n);
                for (const w of v ? this.facts.get(v).within ?? [] : []) {
                    if (w.margin - rest >= 0n) {
                        out.push({ view: w.view, margin: w.margin - rest });
                    }
                }
            });
            return out;
        }
        if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.expression.getText() !== "Math.min") {
            return [];
        }
        const out: { view: Var; margin: bigint }[] = [];
        for (const a0 of e.arguments) {
            let a = ts.isParenthesizedExpression(a0) ? a0.expression : a0;
            let margin = 0n;
            if (ts.isBinaryExpression(a) && a.operatorToken.kind === ts.SyntaxKind.MinusToken) {
                const k = constantNumber(this.p.r.checker, a.right);
                if (k === undefined || !Number.isInteger(k) || k < 0) {
                    continue;
                }
                margin = BigInt(k);
                a = a.left;
            }
            if (ts.isPropertyAccessExpression(a) && a.name.text === "length" && ts.isIdentifier(a.expression)) {
                const view = this.p.varOf(a.expression);
                if (view && view.ty.k === "view") {
                    out.push({ view, margin });
                }
            } else if (ts.isIdentifier(a) && margin === 0n) {
                const w = this.p.varOf(a);
                out.push(...(w ? this.facts.get(w).within ?? [] : []));
            }
        }
        return out;
    }

    /**
     * `const conn = q.accept(0)`: the C function hands the object out through a pointer and
     * returns 0 or an errno, so
     * `sock_tcp_t *conn; if (sock_tcp_accept(&q, &conn, 0) != 0) { conn = NULL; }`.
     */
    private outPointer(name: ts.Identifier, init: ts.CallExpression, c: string): Stmt[] {
        const span = this.p.span(init);
        const call = this.lower(init);
        if (call.e.k !== "call") {
            return [];
        }
        const v = this.declare(name, { k: "ptr", to: { k: "struct", c } });
        const ref: Expr = { k: "var", v, span };
        const args = [...call.e.args.slice(0, 1), { k: "addr" as const, e: ref, span }, ...call.e.args.slice(1)];
        const status: Expr = { k: "call", fn: call.e.fn, args, ty: T.int, span };
        return [
            { k: "local", v, init: { k: "zero", uninitialised: true }, span },
            {
                k: "if", span,
                cond: { k: "binary", op: "!=", l: status, r: literal(0n, span).e, ty: T.bool, span },
                then: [{ k: "assign", target: ref, e: { k: "null", span }, span }],
            },
        ];
    }

    /** Local arrays live on the thread's stack, which is small on a board. */
    private localNew(d: ts.VariableDeclaration, name: ts.Identifier, init: ts.NewExpression,
        rest: readonly ts.Statement[]): Stmt[] {
        const span = this.p.span(d);
        const ctor = init.expression as ts.Identifier;
        const elem = TYPED_ARRAYS[ctor.text];
        if (elem && !this.p.r.api(ctor) && !this.p.classOf(ctor)) {
            const len = constantNumber(this.p.r.checker, init.arguments?.[0] as ts.Expression) as number;
            const bytes = len * (elem.k === "int" ? elem.bits / 8 : elem.k === "f64" ? 8 : 1);
            if (bytes > LOCAL_ARRAY_LIMIT) {
                this.p.report("LocalArrayTooLarge", init, String(bytes), String(LOCAL_ARRAY_LIMIT), name.text, ctor.text,
                    String(len));
            }
            const v = this.declare(name, { k: "array", elem, len: Math.min(len, LOCAL_ARRAY_LIMIT) });
            return [{ k: "local", v, init: { k: "zero", uninitialised: false }, span }];
        }
        const ref = this.p.r.api(ctor);
        if (ref?.k === "class") {
            this.p.use(ref.binding.features, ref.binding.header);
            const v = this.declare(name, { k: "struct", c: ref.binding.c });
            return [{ k: "local", v, init: { k: "zero", uninitialised: writtenBeforeRead(this, v, rest) }, span }];
        }
        const info = this.p.classOf(ctor);
        if (!info) {
            this.p.fail(init, "unknown class in 'new'");
        }
        const v = this.declare(name, { k: "struct", c: info.c });
        const out: Stmt[] = [{ k: "local", v, init: { k: "zero", uninitialised: false }, span }];
        if (info.ctor) {
            const self: Expr = { k: "addr", e: { k: "var", v, span }, span };
            out.push({ k: "expr", e: this.construct(init, info.ctor, self), span });
        }
        return out;
    }

    /** The constructor call for `new C(args)` on the object at `self`. */
    construct(init: ts.NewExpression, ctor: Func, self: Expr): Expr {
        const span = this.p.span(init);
        const args: Expr[] = [self];
        (init.arguments ?? []).forEach((a, i) => {
            const p = ctor.params[i + 1];
            const v = this.lower(a, p.ty);
            args.push(...(p.ty.k === "view" ? this.viewArg(a, v) : [this.coerce(a, v, p.ty, `parameter '${p.name}'`)]));
        });
        this.checkOrder(init, args);
        return { k: "ucall", fn: ctor, args, ty: T.void, span };
    }

    /**
     * `const v = a.subarray(begin, end)`: a view (pointer and length). JavaScript clamps the
     * positions into the array; riotscript requires them to be provably inside it already, so
     * the view is exactly what was asked for.
     */
    private subarray(name: ts.Identifier, call: ts.CallExpression): Stmt {
        const span = this.p.span(call);
        const arr = this.arrayOf((call.expression as ts.PropertyAccessExpression).expression);
        const n: Range = arr.n !== undefined ? { lo: BigInt(arr.n), hi: BigInt(arr.n) }
            : { lo: arr.minLen ?? 0n, hi: 2n ** 31n - 1n };
        const lenVal: Val = { e: arr.len, ty: T.size, r: n };
        const position = (a: ts.Expression | undefined, dflt: Val): Val | undefined => {
            if (!a) {
                return dflt;
            }
            const v = this.lower(a);
            const r = rangeOf(v);
            if (v.ty.k !== "int") {
                this.p.report("UnsupportedType", a, "number", "subarray takes integer positions.");
                return undefined;
            }
            if (r.lo >= 0n && r.hi <= n.lo) {
                return v;
            }
            if (arr.view && r.lo >= 0n && this.withinView(a, v, arr.view, 0n)) {
                return v;
            }
            return undefined;
        };
        const zero = literal(0n, span);
        const begin = position(call.arguments[0], zero);
        const end = position(call.arguments[1], lenVal);
        if (!begin || !end) {
            this.p.report("UnsupportedSyntax", call, "A subarray position that may be negative or beyond the end",
                "Keep the positions within 0..length (test them first, or use constants): JavaScript would "
                + "clamp them, riotscript keeps views exact.");
            const v = this.declare(name, { k: "view", elem: arr.elem });
            return { k: "local", v, init: { k: "view", ptr: arr.v.e, len: arr.len }, span };
        }
        const rb = rangeOf(begin);
        const re = rangeOf(end);
        const ptr: Expr = begin.e.k === "int" && begin.e.value === 0n ? arr.v.e
            : { k: "addr", e: { k: "index", a: arr.v.e, i: begin.e, ty: arr.elem, span }, span };
        let len: Expr = begin.e.k === "int" && begin.e.value === 0n ? castTo(end, T.size)
            : { k: "binary", op: "-", l: castTo(end, T.size), r: castTo(begin, T.size), ty: T.size, span };
        if (re.lo < rb.hi) {
            // JavaScript gives an empty view when end < begin
            // both are at least 0 here, so comparing them as size_t is exact whatever their types
            const lt: Expr = { k: "binary", op: "<", l: castTo(end, T.size), r: castTo(begin, T.size), ty: T.bool, span };
            len = { k: "cond", c: lt, a: literal(0n, span).e, b: len, ty: T.size, span };
        }
        const v = this.declare(name, { k: "view", elem: arr.elem });
        if (rb.lo === rb.hi && re.lo === re.hi && re.lo >= rb.lo) {
            this.p.viewLens.set(v, Number(re.lo - rb.lo));
        }
        return { k: "local", v, init: { k: "view", ptr, len }, span };
    }

    // --- assignments ---------------------------------------------------------------------------

    private expressionStatement(e: ts.Expression): Stmt[] {
        const span = this.p.span(e);
        while (ts.isParenthesizedExpression(e)) {
            e = e.expression;
        }
        if (ts.isBinaryExpression(e) && isAssignment(e.operatorToken.kind)) {
            return this.assignment(e);
        }
        if ((ts.isPostfixUnaryExpression(e) || ts.isPrefixUnaryExpression(e))
            && (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) {
            return this.increment(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-", e);
        }
        if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) {
            return [...this.expressionStatement(e.left), ...this.expressionStatement(e.right)];
        }
        const v = this.lower(e);
        if (v.e.k === "seq" && v.e.ty.k === "void") {
            // writeU16BE(...) and friends: one statement per store, as a person writes them
            return v.e.items.map((x): Stmt => (x.k === "store" ? { k: "assign", target: x.target, e: x.e, span }
                : { k: "expr", e: x, span }));
        }
        return [{ k: "expr", e: v.e, span }];
    }

    private increment(target: ts.Expression, op: "+" | "-", node: ts.Node): Stmt[] {
        const one = literal(1n, this.p.span(node));
        return this.store(target, node, (cur) => this.binaryVals(node, op === "+" ? ts.SyntaxKind.PlusToken
            : ts.SyntaxKind.MinusToken, cur, one));
    }

    private assignment(e: ts.BinaryExpression): Stmt[] {
        const kind = e.operatorToken.kind;
        if (kind === ts.SyntaxKind.EqualsToken) {
            return this.store(e.left, e, (cur) => this.lower(e.right, cur.ty));
        }
        const op = COMPOUND[kind];
        if (op === undefined) {
            this.p.fail(e.operatorToken, "compound operator passed the checker");
        }
        return this.store(e.left, e, (cur) => this.binaryVals(e, op, cur, this.lower(e.right,
            cur.ty.k === "f64" ? T.f64 : undefined)));
    }

    /**
     * Stores into a variable, field or element. `value` receives the current value for
     * compound assignments. Stores into typed-array elements wrap, as they do in
     * JavaScript; stores into integer variables and fields must fit.
     */
    private store(target: ts.Expression, node: ts.Node, value: (cur: Val) => Val): Stmt[] {
        const span = this.p.span(node);
        while (ts.isParenthesizedExpression(target)) {
            target = target.expression;
        }
        const cur = this.lower(target);
        const ty = cur.ty;
        if (ty.k === "struct" || ty.k === "array" || ty.k === "view" || ty.k === "ptr") {
            const ep = ty.k === "struct" && (ty.c === "sock_udp_ep_t" || ty.c === "sock_tcp_ep_t");
            this.p.report("ObjectMisuse", target, "object", "assigned", ep
                ? `In JavaScript this makes both names one endpoint; to copy it, as C's struct assignment does, write '${target.getText()}.copyFrom(...)'.`
                : ty.k === "array" || ty.k === "view" ? "Copy the elements with a loop, or take a view: 'const part = buf.subarray(a, b)'."
                    : "Assign its fields one by one; objects are not values in C.");
            return [];
        }
        if (cur.e.k === "var" && cur.e.v.scope === "global" && cur.e.v.isConst) {
            this.p.fail(target, "assignment to a constant passed TypeScript");
        }
        const v = value(cur);
        const isElement = cur.e.k === "index";
        let e: Expr;
        if (isElement && ty.k === "int" && v.ty.k === "int") {
            e = castTo(v, ty); // typed arrays store modulo 2^bits, in JavaScript and in C
        } else {
            e = this.coerce(node, v, ty, cur.e.k === "var" ? `'${cur.e.v.name}'` : "this field");
        }
        this.checkOrder(node, [cur.e, e]);
        const out = this.assignStmt(cur.e, e, span);
        if (cur.e.k === "field") {
            this.facts.killField(cur.e.field);
        }
        const key = cur.e.k === "var" ? cur.e.v : fieldKeys.get(cur.e);
        if (key) {
            this.facts.kill(key);
            if (ty.k === "int" && v.ty.k === "int") {
                const r = intersect(rangeOf(v), tyRange(ty));
                if (this.invariants.has(key)) {
                    const had = this.stored.get(key);
                    this.stored.set(key, had ? union(had, r) : r);
                    // what this store adds to the value it started from (an accumulator's step)
                    const raw = rangeOf(v);
                    const from = rangeOf(cur);
                    this.steps.get(key)?.push({ lo: raw.lo - from.lo, hi: raw.hi - from.hi });
                }
                this.facts.add(key, { lo: r.lo, hi: r.hi, nz: r.lo > 0n || r.hi < 0n });
            }
        }
        return [out];
    }

    /** `x = x + 1` printed as `x++`, `x = x | m` as `x |= m`, when that is what it is. */
    private assignStmt(target: Expr, e: Expr, span: Stmt["span"]): Stmt {
        if (e.k === "binary" && sameLvalue(e.l, target) && ["+", "-", "*", "|", "&", "^", "<<", ">>", "%"].includes(e.op)) {
            return { k: "assign", target, op: e.op, e: e.r, span };
        }
        return { k: "assign", target, e, span };
    }

    // --- control flow ------------------------------------------------------------------------

    private ifStatement(s: ts.IfStatement): Stmt {
        const span = this.p.span(s);
        const cond = this.cond(s.expression);
        if (cond.k === "bool") {
            // decided at compile time (by the values' ranges): only the branch that runs
            const taken = cond.value ? s.thenStatement : s.elseStatement;
            return { k: "block", body: taken ? this.branch(taken) : [], span };
        }
        // what each path leaves in the variables the branches assign, to merge afterwards
        const assigned = [...assignedIn(this.p, s.thenStatement).keys(),
            ...(s.elseStatement ? assignedIn(this.p, s.elseStatement).keys() : [])];
        const snapshot = () => new Map(assigned.map((v) => [v, this.facts.get(v)]));
        const before = snapshot();
        this.facts.push();
        this.addFacts(cond, false);
        let thenEnd = new Map<Var, Fact>();
        const then = this.branch(s.thenStatement, () => { thenEnd = snapshot(); });
        this.facts.pop();
        let els: Stmt[] | undefined;
        let elseEnd = before;
        if (s.elseStatement) {
            this.facts.push();
            // the then branch's stores killed what was known before it; the else branch
            // starts from that knowledge again
            for (const [v, f] of before) {
                this.facts.add(v, f);
            }
            this.addFacts(cond, true);
            els = this.branch(s.elseStatement, () => { elseEnd = snapshot(); });
            this.facts.pop();
        }
        const paths = [...(alwaysExits(then) ? [] : [thenEnd]), ...(els && alwaysExits(els) ? [] : [elseEnd])];
        for (const v of new Set(assigned)) {
            const ends = paths.map((m) => m.get(v) ?? {});
            if (ends.length > 0 && ends.every((f) => f.lo !== undefined && f.hi !== undefined)) {
                this.facts.kill(v);
                this.facts.add(v, { lo: ends.reduce((m, f) => ((f.lo as bigint) < m ? f.lo as bigint : m), ends[0].lo as bigint),
                    hi: ends.reduce((m, f) => ((f.hi as bigint) > m ? f.hi as bigint : m), ends[0].hi as bigint) });
            }
        }
        // `if (n < 0) { return; }` means n >= 0 from here on, unless the other branch changed n
        const after = (negated: boolean, other: ts.Statement | undefined) => {
            const changed = other ? assignedIn(this.p, other) : new Map();
            // a call there may change any module-level variable, a field store any field's fact
            const shared = other !== undefined && callsOrStoresFields(other);
            for (const [v, f] of factsOf(cond, negated, (x) => this.p.ranges.get(x) ?? constRange(x), (w) => this.facts.get(w))) {
                if (!changed.has(v) && !(shared && v.scope === "global")) {
                    this.facts.add(v, f);
                }
            }
        };
        if (alwaysExits(then) && !(els && alwaysExits(els))) {
            after(true, s.elseStatement);
        } else if (els && alwaysExits(els) && !alwaysExits(then)) {
            after(false, s.thenStatement);
        }
        return { k: "if", cond, then, else: els, span };
    }

    /** Before a loop: forget what its body changes, keeping the bound a counter moves away from. */
    private enterLoop(node: ts.Node): void {
        // a call anywhere in the loop may change module-level variables between iterations
        this.facts.killGlobals();
        for (const [v, how] of assignedIn(this.p, node)) {
            const f = this.facts.get(v);
            this.facts.kill(v);
            const h = this.invariants.get(v);
            if (h) {
                this.facts.add(v, { lo: h.lo, hi: h.hi }); // checked at every store in the loop
            } else if (how === "up" && f.lo !== undefined) {
                this.facts.add(v, { lo: f.lo });
            } else if (how === "down" && f.hi !== undefined) {
                this.facts.add(v, { hi: f.hi });
            }
        }
    }

    /**
     * Ranges assumed for variables an enclosing loop assigns, and what the stores in it
     * actually put there: an assumption holds when every store stays inside it.
     */
    private readonly invariants = new Map<Var, Range>();
    private readonly stored = new Map<Var, Range>();
    /** For accumulators being measured: what each store in the loop adds. */
    private readonly steps = new Map<Var, Range[]>();
    private guessing = 0;

    /**
     * A loop whose body assigns integer variables declared before it (`v = v * 10 + d`,
     * `n++` under a guard): their ranges at the loop's head are guessed, the loop is lowered
     * with the guess, and the guess is kept when every store in the loop stays inside it
     * (then it holds on every iteration, and after the loop). First the lower bound the
     * variable starts with, then also the highest value the stores reach. A guess that does
     * not hold is dropped and the loop lowered again; nothing of a discarded lowering stays.
     */
    private loop(s: ts.Statement, label: Label | undefined): Stmt[] {
        const isLoop = ts.isWhileStatement(s) || ts.isDoStatement(s) || ts.isForStatement(s) || ts.isForOfStatement(s);
        const start = new Map<Var, Range>();
        if (isLoop && this.guessing < 2) {
            for (const v of assignedIn(this.p, s).keys()) {
                const r = this.varRange(v);
                if (v.ty.k === "int" && v.scope !== "global" && !this.invariants.has(v) && r
                    && !this.isEnumTy(v.ty) && (r.lo > tyRange(v.ty).lo || r.hi < tyRange(v.ty).hi)) {
                    start.set(v, r);
                }
            }
        }
        if (start.size === 0) {
            return this.loopOrSwitch(s, label);
        }
        const facts = this.facts.snapshot();
        const restore = this.p.snapshot(); // nothing a discarded lowering did stays
        const attempt = (guess: ReadonlyMap<Var, Range>): { out: Stmt[]; failed: Var[] } => {
            this.facts.restore(facts);
            restore();
            for (const [v, r] of guess) {
                this.invariants.set(v, r);
                this.stored.delete(v);
                this.steps.set(v, []);
            }
            this.guessing++;
            try {
                const out = this.loopOrSwitch(s, label);
                const failed = [...guess].filter(([v, r]) => {
                    if (accumulators.has(v)) {
                        // an accumulator's guess holds when its steps still add at most what was measured
                        const st = this.steps.get(v) ?? [];
                        return st.some((x) => x.lo < 0n) || st.reduce((sum, x) => sum + x.hi, 0n) > (accumulators.get(v) as bigint);
                    }
                    const got = this.stored.get(v);
                    return got !== undefined && (got.lo < r.lo || got.hi > r.hi);
                }).map(([v]) => v);
                return { out, failed };
            } finally {
                this.guessing--;
                for (const v of guess.keys()) {
                    this.invariants.delete(v);
                }
            }
        };
        /** Accumulators (`s += b[i]` in a loop of at most T trips) and what one trip adds at most. */
        const accumulators = new Map<Var, bigint>();
        // the lower bound each starts with (a variable that grows); for one some store takes
        // below it, the upper bound it starts with (one that shrinks); else no guess
        const guess = new Map([...start].map(([v, r]) => [v, { lo: r.lo, hi: tyRange(v.ty).hi }]));
        const shrinking = new Set<Var>();
        // a growing one that a store takes a little below its start (`a = (a + b[i]) % m`
        // from 1 gives 0): once, from the lowest any store gave
        const lowered = new Set<Var>();
        let result = attempt(guess);
        while (result.failed.length > 0) {
            for (const v of result.failed) {
                const r = start.get(v) as Range;
                const got = this.stored.get(v);
                const g = guess.get(v) as Range;
                if (!shrinking.has(v) && !lowered.has(v) && !accumulators.has(v) && got && got.lo < g.lo
                    && got.hi <= g.hi && got.lo >= 0n) {
                    lowered.add(v);
                    guess.set(v, { lo: got.lo, hi: g.hi });
                } else if (!shrinking.has(v) && r.hi < tyRange(v.ty).hi) {
                    shrinking.add(v);
                    guess.set(v, { lo: tyRange(v.ty).lo, hi: r.hi });
                } else {
                    guess.delete(v);
                }
            }
            if (guess.size === 0) {
                break;
            }
            result = attempt(guess);
        }
        // variables whose stores all add a non-negative step, in a loop whose head bounds its
        // trips: at most the start plus trips times the steps of one trip
        const trips = this.trips.get(s);
        const adders = trips === undefined ? [] : [...start.keys()].filter((v) => !shrinking.has(v) && onlyAdds(this.p, s, v));
        if (adders.length > 0) {
            const measure = new Map([...guess, ...adders.map((v): [Var, Range] => [v, { lo: (start.get(v) as Range).lo, hi: tyRange(v.ty).hi }])]);
            attempt(measure);
            for (const v of adders) {
                const st = this.steps.get(v) ?? [];
                const from = start.get(v) as Range;
                const most = st.reduce((sum, x) => sum + x.hi, 0n);
                const hi = from.hi + (trips as bigint) * most;
                if (st.length > 0 && st.every((x) => x.lo >= 0n) && hi <= tyRange(v.ty).hi) {
                    accumulators.set(v, most);
                    guess.set(v, { lo: from.lo, hi });
                }
            }
            result = attempt(guess);
            if (result.failed.length > 0) {
                // a guess that held alone may not hold with the accumulators': without them
                result.failed.forEach((v) => guess.delete(v));
                accumulators.clear();
                adders.forEach((v) => guess.delete(v));
                result = attempt(guess);
                if (result.failed.length > 0) {
                    guess.clear();
                }
            }
        }
        if (guess.size === 0) {
            return attempt(guess).out;
        }
        // then the far bound too: the highest value the stores reach (the lowest, for a
        // shrinking one), if that is inside the type
        const tight = new Map([...guess].map(([v, r]) => {
            if (accumulators.has(v)) {
                return [v, r];
            }
            const got = this.stored.get(v);
            const from = start.get(v) as Range;
            if (shrinking.has(v)) {
                return [v, { lo: got === undefined || got.lo > from.lo ? from.lo : got.lo, hi: r.hi }];
            }
            return [v, { lo: r.lo, hi: got === undefined || got.hi < from.hi ? from.hi : got.hi }];
        }));
        // what held on every iteration still holds after the loop, however it was left
        const after = (held: ReadonlyMap<Var, Range>, out: Stmt[]): Stmt[] => {
            for (const [v, r] of held) {
                this.facts.add(v, { lo: r.lo, hi: r.hi });
            }
            return out;
        };
        if ([...tight].some(([v, r]) => r.hi < (guess.get(v) as Range).hi || r.lo > (guess.get(v) as Range).lo)) {
            const second = attempt(tight);
            if (second.failed.length === 0) {
                return after(tight, second.out);
            }
            return after(guess, attempt(guess).out);
        }
        return after(guess, result.out);
    }

    private loopOrSwitch(s: ts.Statement, label: Label | undefined): Stmt[] {
        const span = this.p.span(s);
        const jump: Jump = { node: s, label, loop: !ts.isSwitchStatement(s) };
        this.jumps.push(jump);
        try {
            if (ts.isWhileStatement(s)) {
                this.enterLoop(s);
                this.facts.push();
                const cond = this.cond(s.expression);
                if (cond.k === "bool" && !cond.value) {
                    this.facts.pop();
                    return []; // the condition is false from the start: the body never runs
                }
                this.addFacts(cond, false);
                const body = this.branch(s.statement);
                this.facts.pop();
                if (!breaksOut(s.statement, label)) {
                    this.addFacts(cond, true);
                }
                return [{ k: "while", cond, body, label, span }];
            }
            if (ts.isDoStatement(s)) {
                this.enterLoop(s);
                this.facts.push();
                const body = this.branch(s.statement);
                const cond = this.cond(s.expression);
                this.facts.pop();
                return [{ k: "do", cond, body, label, span }];
            }
            if (ts.isForStatement(s)) {
                return [this.forStatement(s, label)];
            }
            if (ts.isForOfStatement(s)) {
                return [this.forOf(s, label)];
            }
            if (ts.isSwitchStatement(s)) {
                return [this.switchStatement(s, label)];
            }
            this.p.report("UnsupportedSyntax", s.parent && ts.isLabeledStatement(s.parent) ? s.parent.label : s,
                "A label on this statement", "Label a loop or a switch.");
            return [];
        } finally {
            this.jumps.pop();
        }
    }

    /**
     * `for (let i = 0; i < n; i++)` with `n` a u32: the counter is a u32 too (it stays within
     * 0..n), where a `let` would otherwise be an int32_t that `i++` could overflow.
     */
    private readonly counterTypes = new Map<ts.VariableDeclaration, Ty>();

    private noteCounter(s: ts.ForStatement): void {
        const list = s.initializer && ts.isVariableDeclarationList(s.initializer) ? s.initializer : undefined;
        const c = s.condition;
        if (!list || list.declarations.length !== 1 || !c || !ts.isBinaryExpression(c)
            || (c.operatorToken.kind !== ts.SyntaxKind.LessThanToken && c.operatorToken.kind !== ts.SyntaxKind.LessThanEqualsToken)) {
            return;
        }
        const d = list.declarations[0];
        if (d.type || !ts.isIdentifier(d.name) || !ts.isIdentifier(c.left) || c.left.text !== d.name.text) {
            return;
        }
        const decl = this.p.r.symbolOf(ts.isPropertyAccessExpression(c.right) ? c.right.name : c.right)?.declarations?.[0];
        const typeNode = decl && (ts.isParameter(decl) || ts.isVariableDeclaration(decl) || ts.isPropertyDeclaration(decl))
            ? decl.type : undefined;
        const ty = typeNode ? this.p.tyOfTypeNode(typeNode, "value") : undefined;
        if (ty && ty.k === "int" && !ty.signed && ty.bits === 32) {
            this.counterTypes.set(d, T.u32);
        }
    }

    /** The most times each loop's body runs, where its head says (`for (i = a; i < b; i++)`, a for-of over an array). */
    private readonly trips = new Map<ts.Node, bigint>();

    /**
     * `for (let i = a; i < b; i++)` (or `<=`, `i += 1`, `++i`) whose body leaves `i` alone, and
     * `b` is a constant, a length or a variable the body leaves alone: at most b - a times.
     */
    private tripBound(s: ts.ForStatement, whole: Expr): void {
        const list = s.initializer && ts.isVariableDeclarationList(s.initializer) ? s.initializer : undefined;
        let c = s.condition;
        let cond = whole;
        // `i < n && more`: the more only ends the loop sooner
        while (c && ts.isBinaryExpression(unparen(c)) && (unparen(c) as ts.BinaryExpression).operatorToken.kind
            === ts.SyntaxKind.AmpersandAmpersandToken && cond.k === "binary" && cond.op === "&&") {
            c = (unparen(c) as ts.BinaryExpression).left;
            cond = cond.l;
        }
        c = c ? unparen(c) : c;
        const inc = s.incrementor;
        if (!list || list.declarations.length !== 1 || !c || !ts.isBinaryExpression(c) || !inc || cond.k !== "binary") {
            return;
        }
        const d = list.declarations[0];
        const name = ts.isIdentifier(d.name) ? d.name.text : undefined;
        const op = c.operatorToken.kind;
        const steps = (ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc))
            ? inc.operator === ts.SyntaxKind.PlusPlusToken && ts.isIdentifier(inc.operand) && inc.operand.text === name
            : ts.isBinaryExpression(inc) && inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken
                && ts.isIdentifier(inc.left) && inc.left.text === name && constantNumber(this.p.r.checker, inc.right) === 1;
        if (!name || !steps || !ts.isIdentifier(c.left) || c.left.text !== name
            || (op !== ts.SyntaxKind.LessThanToken && op !== ts.SyntaxKind.LessThanEqualsToken)) {
            return;
        }
        const i = this.p.varOf(c.left);
        const changed = assignedIn(this.p, s.statement);
        const bound = ts.isIdentifier(c.right) ? this.p.varOf(c.right) : undefined;
        if (!i || changed.has(i) || (bound && changed.has(bound))
            || !(ts.isIdentifier(c.right) || ts.isNumericLiteral(c.right) || (ts.isPropertyAccessExpression(c.right)
                && c.right.name.text === "length"))) {
            return;
        }
        const from = this.varRange(i);
        const to = this.p.ranges.get(cond.r) ?? (cond.r.k === "int" ? { lo: cond.r.value, hi: cond.r.value } : undefined)
            ?? (bound ? this.varRange(bound) : undefined);
        if (from && to) {
            const n = to.hi - from.lo + (op === ts.SyntaxKind.LessThanEqualsToken ? 1n : 0n);
            this.trips.set(s, n > 0n ? n : 0n);
        }
    }

    private forStatement(s: ts.ForStatement, label: Label | undefined): Stmt {
        const span = this.p.span(s);
        this.facts.push();
        let init: Stmt[] = [];
        this.noteCounter(s);
        if (s.initializer) {
            if (ts.isVariableDeclarationList(s.initializer)) {
                const isConst = (s.initializer.flags & ts.NodeFlags.Const) !== 0;
                init = s.initializer.declarations.flatMap((d) => this.local(d, isConst, []));
            } else {
                init = this.expressionStatement(s.initializer);
            }
        }
        this.enterLoop(s);
        this.facts.push();
        const cond = s.condition ? this.cond(s.condition) : undefined;
        if (cond && cond.k === "bool" && !cond.value) {
            this.facts.pop();
            this.facts.pop();
            return { k: "block", body: init, span }; // the body never runs; the initialiser does
        }
        if (cond) {
            this.tripBound(s, cond);
            this.addFacts(cond, false);
        }
        const body = this.branch(s.statement);
        const step = s.incrementor ? this.expressionStatement(s.incrementor) : [];
        this.facts.pop();
        this.facts.pop();
        // a loop counter declared in the head is gone afterwards; others keep the exit condition
        if (cond && !breaksOut(s.statement, label) && !(s.initializer && ts.isVariableDeclarationList(s.initializer))) {
            this.addFacts(cond, true);
        }
        return { k: "for", init, cond, step, body, label, span };
    }

    /** `for (const x of a)`: an index loop whose accesses need no check. */
    private forOf(s: ts.ForOfStatement, label: Label | undefined): Stmt {
        const span = this.p.span(s);
        const decl = (s.initializer as ts.VariableDeclarationList).declarations[0];
        const name = decl.name as ts.Identifier;
        const arr = this.arrayOf(s.expression);
        const most = arr.n ?? (arr.view ? this.p.viewMaxLens.get(arr.view) : undefined);
        if (most !== undefined) {
            this.trips.set(s, BigInt(most));
        }
        this.facts.push();
        const idx = this.declare(name, T.u32, { name: `${name.text}_index` });
        this.p.vars.delete(this.p.symbol(name));
        const iv: Expr = { k: "var", v: idx, span };
        const elemTy = arr.elem;
        const item = this.declare(name, elemTy.k === "struct" ? { k: "ptr", to: elemTy } : elemTy);
        this.enterLoop(s);
        this.facts.add(idx, { lo: 0n, within: arr.view ? [{ view: arr.view, margin: 1n }] : [] });
        this.p.checksRemoved++;
        const at: Expr = { k: "index", a: arr.v.e, i: iv, ty: elemTy, span };
        const first: Stmt = { k: "local", v: item,
            init: { k: "expr", e: elemTy.k === "struct" ? { k: "addr", e: at, span } : at }, span };
        const used = this.p.references(s.statement, item);
        const body = [...(used ? [first] : []), ...this.branch(s.statement)];
        this.facts.pop();
        const cond: Expr = { k: "binary", op: "<", l: iv, r: arr.len, ty: T.bool, span };
        const init: Stmt[] = [{ k: "local", v: idx, init: { k: "expr", e: literal(0n, span).e }, span }];
        const step: Stmt[] = [{ k: "assign", target: iv, op: "+", e: literal(1n, span).e, span }];
        return { k: "for", init, cond, step, body, label, span };
    }

    private switchStatement(s: ts.SwitchStatement, label: Label | undefined): Stmt {
        const span = this.p.span(s);
        const e = this.lower(s.expression);
        const isIntSwitch = e.ty.k === "int";
        if (!isIntSwitch && !e.bad) {
            this.p.report("UnsupportedType", s.expression, e.ty.k === "f64" ? "number (double)" : e.ty.k === "str"
                ? "string" : e.ty.k, "'switch' works on integers and enums.");
        }
        const cases: Case[] = [];
        const seen = new Set<bigint>();
        const re = rangeOf(e);
        this.enterLoop(s.caseBlock);
        for (const clause of s.caseBlock.clauses) {
            const values: Expr[] = [];
            if (ts.isCaseClause(clause) && isIntSwitch) {
                const v = this.lower(clause.expression);
                const r = v.r;
                const known = r && r.lo === r.hi ? r.lo : undefined;
                // a variable is a label only if it is a `const`: a `let` is a value of the moment
                const constName = ts.isIdentifier(clause.expression)
                    && (this.p.r.symbolOf(clause.expression)?.valueDeclaration?.parent.flags ?? 0) & ts.NodeFlags.Const;
                if (known === undefined || !["int", "const", "var"].includes(v.e.k) || (v.e.k === "var" && !constName)) {
                    this.p.report("NotAConstant", clause.expression, "A 'case' value",
                        "Use a number, an enum member or a module-level integer 'const'.");
                } else if (seen.has(known)) {
                    this.p.report("UnsupportedSyntax", clause.expression, "A repeated 'case' value",
                        "Remove it: JavaScript never reaches the second one.");
                } else if (known >= re.lo && known <= re.hi) {
                    seen.add(known);
                    // a value known exactly is its number in C, where a variable is no case label
                    values.push(v.e.k === "const" ? v.e : literal(known, v.e.span).e);
                }
                // a value the switched expression can never have is a label C would warn about: dropped
            }
            for (const st of clause.statements) {
                if (ts.isVariableStatement(st)) {
                    this.p.report("DeclarationInCase", st);
                }
            }
            this.facts.push();
            const body = clause.statements.flatMap((st) => this.statement(st));
            this.facts.pop();
            const isDefault = ts.isDefaultClause(clause);
            if (values.length === 0 && !isDefault) {
                // every value of this case is impossible: its statements run only when the case
                // before falls into them
                const prev = cases[cases.length - 1];
                if (prev && !alwaysExits(prev.body)) {
                    cases[cases.length - 1] = { ...prev, body: [...prev.body, ...body] };
                }
                continue;
            }
            cases.push({ values, isDefault, body });
        }
        return { k: "switch", e: e.e, cases, label, span };
    }

    private jump(s: ts.BreakStatement | ts.ContinueStatement): Stmt {
        const span = this.p.span(s);
        const isBreak = ts.isBreakStatement(s);
        const k = isBreak ? "break" : "continue";
        const candidates = isBreak ? this.jumps : this.jumps.filter((j) => j.loop);
        const innermost = candidates[candidates.length - 1];
        if (!s.label) {
            return { k, span };
        }
        const target = this.jumps.find((j) => j.label?.name === s.label?.text);
        if (!target || !target.label) {
            this.p.fail(s, "jump to an unknown label");
        }
        if (target === innermost) {
            return { k, span };
        }
        if (isBreak) {
            target.label.breakUsed = true;
        } else {
            target.label.continueUsed = true;
        }
        return { k, label: target.label.name, span };
    }

    private isEnumTy(ty: Ty): boolean {
        return ty.k === "int" && [...this.p.enums.values()].some((en) => en.ty === ty);
    }

}

const COMPOUND: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
    [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
    [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
    [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
    [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
    [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken,
    [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken,
    [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
    [ts.SyntaxKind.LessThanLessThanEqualsToken]: ts.SyntaxKind.LessThanLessThanToken,
    [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanToken,
    [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
    [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken,
};

export function isAssignment(kind: ts.SyntaxKind): boolean {
    return kind === ts.SyntaxKind.EqualsToken || COMPOUND[kind] !== undefined;
}

function sameLvalue(a: Expr, b: Expr): boolean {
    if (a.k === "var" && b.k === "var") {
        return a.v === b.v;
    }
    if (a.k === "field" && b.k === "field") {
        return a.field === b.field && sameLvalue(a.e, b.e);
    }
    if (a.k === "index" && b.k === "index") {
        return sameLvalue(a.a, b.a) && sameLvalue(a.i, b.i) && !a.check === !b.check;
    }
    if (a.k === "int" && b.k === "int") {
        return a.value === b.value;
    }
    return false;
}

/** True if a `break` inside `body` leaves the loop (so its condition may still hold after). */
function breaksOut(body: ts.Node, label: Label | undefined): boolean {
    let found = false;
    const visit = (n: ts.Node, nested: boolean): void => {
        if (found) {
            return;
        }
        if (ts.isBreakStatement(n) && ((!n.label && !nested) || (n.label && n.label.text === label?.name))) {
            found = true;
            return;
        }
        if (ts.isBreakStatement(n) && n.label && n.label.text !== label?.name) {
            found = true; // a break to an outer label leaves this loop too
            return;
        }
        const inner = nested || ts.isIterationStatement(n, false) || ts.isSwitchStatement(n);
        ts.forEachChild(n, (c) => visit(c, inner));
    };
    visit(body, false);
    return found;
}

function constRange(e: Expr): Range | undefined {
    return e.k === "int" ? { lo: e.value, hi: e.value } : undefined;
}

/** Locals a loop assigns, and whether each only counts up, only down, or anything. */
/** True if `node` calls a function or stores into a field (`o.f = x`, `o.f++`). */
function callsOrStoresFields(node: ts.Node): boolean {
    let found = false;
    const target = (t: ts.Expression): boolean => {
        while (ts.isParenthesizedExpression(t)) {
            t = t.expression;
        }
        return ts.isPropertyAccessExpression(t);
    };
    const visit = (n: ts.Node): void => {
        if (found) {
            return;
        }
        if (ts.isCallExpression(n) || ts.isNewExpression(n)
            || (ts.isBinaryExpression(n) && isAssignment(n.operatorToken.kind) && target(n.left))
            || ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n))
                && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) && target(n.operand))) {
            found = true;
            return;
        }
        ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
}

/**
 * True if every store to `v` in `loop` adds to it (`v += e`, `v = v + e`, `v++`, `++v`) and
 * none is inside a loop nested in it, so each runs at most once per trip; `v` is not
 * assigned in the loop's head.
 */
function onlyAdds(p: Program, loop: ts.Node, v: Var): boolean {
    let ok = true;
    const isV = (n: ts.Expression): boolean => {
        while (ts.isParenthesizedExpression(n)) {
            n = n.expression;
        }
        return ts.isIdentifier(n) && p.varOf(n) === v;
    };
    const body = ts.isForStatement(loop) || ts.isForOfStatement(loop) || ts.isWhileStatement(loop) || ts.isDoStatement(loop)
        ? loop.statement : loop;
    const visit = (n: ts.Node, nested: boolean): void => {
        if (!ok) {
            return;
        }
        let store = false;
        let adds = false;
        if ((ts.isPostfixUnaryExpression(n) || ts.isPrefixUnaryExpression(n))
            && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) && isV(n.operand)) {
            store = true;
            adds = n.operator === ts.SyntaxKind.PlusPlusToken;
        } else if (ts.isBinaryExpression(n) && isAssignment(n.operatorToken.kind) && isV(n.left)) {
            store = true;
            const r = ts.isParenthesizedExpression(n.right) ? n.right.expression : n.right;
            adds = n.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken
                || (n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isBinaryExpression(r)
                    && r.operatorToken.kind === ts.SyntaxKind.PlusToken && (isV(r.left) || isV(r.right)));
        }
        if (store && (!adds || nested || (n.parent !== undefined && !isInside(n, body)))) {
            ok = false;
            return;
        }
        const inner = nested || (n !== loop && (ts.isForStatement(n) || ts.isForOfStatement(n) || ts.isWhileStatement(n)
            || ts.isDoStatement(n)));
        ts.forEachChild(n, (c) => visit(c, inner));
    };
    visit(loop, false);
    return ok;
}

function assignedIn(p: Program, node: ts.Node): Map<Var, "up" | "down" | "any"> {
    const out = new Map<Var, "up" | "down" | "any">();
    const note = (target: ts.Expression, how: "up" | "down" | "any") => {
        while (ts.isParenthesizedExpression(target)) {
            target = target.expression;
        }
        if (!ts.isIdentifier(target)) {
            return;
        }
        const v = p.varOf(target);
        if (!v) {
            return;
        }
        const prev = out.get(v);
        out.set(v, prev === undefined || prev === how ? how : "any");
    };
    const positive = (e: ts.Expression): boolean | undefined => {
        const k = constantNumber(p.r.checker, e);
        return k === undefined ? undefined : k > 0;
    };
    const visit = (n: ts.Node): void => {
        if ((ts.isPostfixUnaryExpression(n) || ts.isPrefixUnaryExpression(n))
            && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) {
            note(n.operand, n.operator === ts.SyntaxKind.PlusPlusToken ? "up" : "down");
        } else if (ts.isBinaryExpression(n) && isAssignment(n.operatorToken.kind)) {
            const k = n.operatorToken.kind;
            if (k === ts.SyntaxKind.PlusEqualsToken && positive(n.right)) {
                note(n.left, "up");
            } else if (k === ts.SyntaxKind.MinusEqualsToken && positive(n.right)) {
                note(n.left, "down");
            } else {
                note(n.left, "any");
            }
        }
        ts.forEachChild(n, visit);
    };
    visit(node);
    return out;
}

/**
 * True if every read of the endpoint `v` comes after a call that writes it: it is only
 * passed as the out-parameter of a call `const n = s.recv(..., v)`, and otherwise used
 * only inside an `if` whose condition guarantees `n >= 0` (the call succeeded, so RIOT
 * wrote it). Then C needs no zero-initialisation, and Node's zeroes are never seen.
 */
function writtenBeforeRead(x: StmtLowerer, v: Var, rest: readonly ts.Statement[]): boolean {
    const p = x.p;
    const writers = new Set<ts.Symbol>();
    const refs = (n: ts.Node): ts.Identifier[] => {
        const found: ts.Identifier[] = [];
        const visit = (y: ts.Node): void => {
            if (ts.isIdentifier(y) && p.varOf(y) === v) {
                found.push(y);
            }
            ts.forEachChild(y, visit);
        };
        visit(n);
        return found;
    };
    for (const s of rest) {
        const found = refs(s);
        if (found.length === 0) {
            continue;
        }
        const writer = outParamWriter(p, s, found);
        if (writer) {
            writers.add(writer);
            continue;
        }
        if (ts.isIfStatement(s) && refs(s.expression).length === 0
            && (!s.elseStatement || refs(s.elseStatement).length === 0) && guardsSuccess(p, s.expression, writers)) {
            continue;
        }
        return false;
    }
    return true;
}

/** `n >= 0`, `n > k` (k >= -1), or a conjunction containing one, for a writer's result n. */
function guardsSuccess(p: Program, cond: ts.Expression, writers: Set<ts.Symbol>): boolean {
    while (ts.isParenthesizedExpression(cond)) {
        cond = cond.expression;
    }
    if (!ts.isBinaryExpression(cond)) {
        return false;
    }
    const k = cond.operatorToken.kind;
    if (k === ts.SyntaxKind.AmpersandAmpersandToken) {
        return guardsSuccess(p, cond.left, writers) || guardsSuccess(p, cond.right, writers);
    }
    const lit = (e: ts.Expression): number | undefined => {
        if (ts.isNumericLiteral(e)) {
            return Number(e.text);
        }
        if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) {
            return -Number(e.operand.text);
        }
        return undefined;
    };
    if (!ts.isIdentifier(cond.left)) {
        return false;
    }
    const sym = p.r.checker.getSymbolAtLocation(cond.left);
    const n = lit(cond.right);
    if (!sym || !writers.has(sym) || n === undefined) {
        return false;
    }
    return (k === ts.SyntaxKind.GreaterThanEqualsToken && n >= 0) || (k === ts.SyntaxKind.GreaterThanToken && n >= -1);
}

/** `const n = x.m(..., ep)` where ep is an out-parameter written on success: n's symbol. */
function outParamWriter(p: Program, s: ts.Statement, found: ts.Identifier[]): ts.Symbol | undefined {
    if (!ts.isVariableStatement(s) || s.declarationList.declarations.length !== 1 || found.length !== 1) {
        return undefined;
    }
    const d = s.declarationList.declarations[0];
    const call = d.initializer;
    if (!call || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)
        || (s.declarationList.flags & ts.NodeFlags.Const) === 0) {
        return undefined;
    }
    const ref = p.r.api(call.expression.name);
    if (ref?.k !== "method" || !ref.binding) {
        return undefined;
    }
    const i = call.arguments.indexOf(found[0]);
    const param = ref.binding.params[i];
    if (i < 0 || param?.k !== "endpoint" || param.out !== "onSuccess") {
        return undefined;
    }
    return p.r.checker.getSymbolAtLocation(d.name);
}


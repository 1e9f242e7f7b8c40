/**
 * Stage 3, lower: the checked TypeScript AST becomes the C-shaped IR. API calls are
 * translated through riot/bindings.ts; bounds checks are emitted only where the value
 * ranges in facts.ts cannot prove them unnecessary.
 */
import { ts } from "ts-morph";
import { InternalError, Span } from "../diagnostics/diagnostic";
import { Expr, Feature, FmtPart, Func, Global, Init, Module, Stmt, T, Ty, Var } from "../ir/ir";
import { Loaded, spanOf } from "../load/load";
import { classes, constants, enums, MethodBinding, Param } from "../riot/bindings";
import { Resolver } from "../check/resolve";
import { alwaysExits, comparisonsOf, Facts, rangeOf } from "./facts";

export function lower(loaded: Loaded): Module {
    return new Lowerer(loaded).module();
}

class Lowerer {
    private readonly r: Resolver;
    private readonly vars = new Map<ts.Symbol, Var>();
    private readonly funcs = new Map<ts.Symbol, Func>();
    private readonly globals: Global[] = [];
    private readonly includes = new Set<string>();
    private readonly features = new Set<Feature>();
    private facts = new Facts();
    private checksRemoved = 0;
    private checksKept = 0;
    /** Statements to run before the statement being lowered (bounds checks). */
    private pre: Stmt[] = [];

    constructor(private readonly loaded: Loaded) {
        this.r = new Resolver(loaded.project.getTypeChecker().compilerObject, loaded.runtimeDir);
    }

    private span(node: ts.Node): Span {
        return spanOf(node, this.loaded.displayPath);
    }

    private fail(node: ts.Node, what: string): never {
        throw new InternalError(what, this.span(node));
    }

    private use(features: readonly Feature[], header?: string): void {
        features.forEach((f) => this.features.add(f));
        if (header) {
            this.includes.add(header);
        }
    }

    module(): Module {
        const sf = this.loaded.entry.compilerNode;
        const fnDecls: ts.FunctionDeclaration[] = [];
        for (const stmt of sf.statements) {
            if (ts.isVariableStatement(stmt)) {
                for (const d of stmt.declarationList.declarations) {
                    this.lowerGlobal(d);
                }
            } else if (ts.isFunctionDeclaration(stmt) && stmt.body) {
                fnDecls.push(stmt);
                this.declareFunc(stmt);
            }
        }
        const funcs = fnDecls.map((d) => this.lowerFunc(d));
        return {
            source: this.loaded.displayPath(sf.fileName),
            globals: this.globals,
            funcs,
            includes: [...this.includes],
            features: [...this.features],
            checksRemoved: this.checksRemoved,
            checksKept: this.checksKept,
        };
    }

    // --- declarations -------------------------------------------------------------------

    private symbol(node: ts.Node): ts.Symbol {
        const sym = this.r.checker.getSymbolAtLocation(node);
        if (!sym) {
            this.fail(node, "no symbol");
        }
        return sym;
    }

    private lowerGlobal(d: ts.VariableDeclaration): void {
        const name = d.name as ts.Identifier;
        const init = d.initializer as ts.Expression;
        const v: Var = { name: name.text, ty: this.typeOfNew(init), scope: "global", span: this.span(name) };
        this.vars.set(this.symbol(name), v);
        this.globals.push({ v, span: this.span(d) });
    }

    /** The C type of `new X(...)`: an API object or a typed array. */
    private typeOfNew(init: ts.Expression): Ty {
        if (!ts.isNewExpression(init)) {
            this.fail(init, "module-level initialiser is not 'new'");
        }
        if (ts.isIdentifier(init.expression) && init.expression.text === "Uint8Array") {
            const len = Number((init.arguments?.[0] as ts.NumericLiteral).text);
            return { k: "array", elem: T.u8, len };
        }
        const ref = this.r.api(init.expression);
        if (ref?.k !== "class") {
            this.fail(init, "unknown class");
        }
        this.use(ref.binding.features, ref.binding.header);
        return { k: "struct", c: ref.binding.c };
    }

    private declareFunc(d: ts.FunctionDeclaration): void {
        const isMain = d.name?.text === "main" && d.getSourceFile() === this.loaded.entry.compilerNode;
        const params = d.parameters.map((p): Var => ({
            name: (p.name as ts.Identifier).text,
            ty: this.paramType(p),
            scope: "param",
            span: this.span(p),
        }));
        params.forEach((v, i) => this.vars.set(this.symbol(d.parameters[i].name), v));
        const sig = this.r.checker.getSignatureFromDeclaration(d);
        const ret = isMain ? T.int : this.valueType(sig ? sig.getReturnType() : undefined, d);
        const fn: Func = { name: d.name?.text ?? "", params, ret, body: [], isMain, span: this.span(d) };
        this.funcs.set(this.symbol(d.name as ts.Identifier), fn);
    }

    private paramType(p: ts.ParameterDeclaration): Ty {
        const type = this.r.checker.getTypeAtLocation(p);
        const cls = this.r.classOfType(type);
        if (cls) {
            return { k: "ptr", to: { k: "struct", c: classes[cls].c } };
        }
        return this.valueType(type, p);
    }

    /** C type of a scalar TypeScript type. */
    private valueType(type: ts.Type | undefined, at: ts.Node): Ty {
        if (!type || (type.flags & ts.TypeFlags.Void) !== 0) {
            return T.void;
        }
        const en = this.r.enumOfType(type);
        if (en) {
            const b = enums[en];
            this.use([], b.header);
            return b.ty;
        }
        if ((type.flags & ts.TypeFlags.Null) !== 0) {
            return T.voidPtr;
        }
        if ((type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) !== 0) {
            return T.bool;
        }
        if ((type.flags & ts.TypeFlags.NumberLike) !== 0) {
            return T.int;
        }
        this.fail(at, `no C type for '${this.r.checker.typeToString(type)}'`);
    }

    private lowerFunc(d: ts.FunctionDeclaration): Func {
        const fn = this.funcs.get(this.symbol(d.name as ts.Identifier)) as Func;
        this.facts = new Facts();
        for (const p of fn.params) {
            p.unused = !this.isReferenced(d.body as ts.Block, p);
        }
        fn.body = this.lowerStatements((d.body as ts.Block).statements);
        return fn;
    }

    private isReferenced(body: ts.Node, v: Var): boolean {
        let found = false;
        const visit = (n: ts.Node): void => {
            if (!found && ts.isIdentifier(n) && this.varOf(n) === v) {
                found = true;
            }
            if (!found) {
                ts.forEachChild(n, visit);
            }
        };
        visit(body);
        return found;
    }

    private varOf(id: ts.Identifier): Var | undefined {
        const sym = this.r.checker.getSymbolAtLocation(id);
        return sym ? this.vars.get(sym) : undefined;
    }

    // --- statements ---------------------------------------------------------------------

    private lowerStatements(stmts: readonly ts.Statement[]): Stmt[] {
        const out: Stmt[] = [];
        this.facts.push();
        stmts.forEach((s, i) => {
            const lowered = this.lowerStatement(s, stmts.slice(i + 1));
            out.push(...this.pre, ...lowered);
            this.pre = [];
            // `if (n < 0) { return; }` means n >= 0 from here on
            if (ts.isIfStatement(s) && !s.elseStatement && alwaysExits(s.thenStatement)) {
                this.addFacts(s.expression, true);
            }
        });
        this.facts.pop();
        return out;
    }

    private addFacts(cond: ts.Expression, negated: boolean): void {
        for (const c of comparisonsOf(cond, negated)) {
            const v = this.varOf(c.id);
            if (v && v.scope === "local") {
                this.facts.add(v, rangeOf(c));
            }
        }
    }

    private lowerStatement(s: ts.Statement, rest: readonly ts.Statement[]): Stmt[] {
        const span = this.span(s);
        if (ts.isBlock(s)) {
            return this.lowerStatements(s.statements);
        }
        if (ts.isVariableStatement(s)) {
            return s.declarationList.declarations.map((d) => this.lowerLocal(d, rest));
        }
        if (ts.isExpressionStatement(s)) {
            const e = s.expression;
            if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
                return [{ k: "assign", target: this.lowerExpr(e.left), e: this.lowerExpr(e.right), span }];
            }
            return [{ k: "expr", e: this.lowerExpr(e), span }];
        }
        if (ts.isIfStatement(s)) {
            const cond = this.lowerExpr(s.expression);
            const pre = this.pre;
            this.pre = [];
            this.facts.push();
            this.addFacts(s.expression, false);
            const then = this.lowerBranch(s.thenStatement);
            this.facts.pop();
            let els: Stmt[] | undefined;
            if (s.elseStatement) {
                this.facts.push();
                this.addFacts(s.expression, true);
                els = this.lowerBranch(s.elseStatement);
                this.facts.pop();
            }
            this.pre = pre;
            return [{ k: "if", cond, then, else: els, span }];
        }
        if (ts.isReturnStatement(s)) {
            return [{ k: "return", e: s.expression ? this.lowerExpr(s.expression) : undefined, span }];
        }
        if (ts.isEmptyStatement(s)) {
            return [];
        }
        this.fail(s, `statement kind ${ts.SyntaxKind[s.kind]} passed the checker`);
    }

    private lowerBranch(s: ts.Statement): Stmt[] {
        return ts.isBlock(s) ? this.lowerStatements(s.statements) : this.lowerStatements([s]);
    }

    private lowerLocal(d: ts.VariableDeclaration, rest: readonly ts.Statement[]): Stmt {
        const name = d.name as ts.Identifier;
        const init = d.initializer as ts.Expression;
        const span = this.span(d);
        // new UdpEndpoint()
        if (ts.isNewExpression(init)) {
            const ty = this.typeOfNew(init);
            const v: Var = { name: name.text, ty, scope: "local", span: this.span(name) };
            this.vars.set(this.symbol(name), v);
            return { k: "local", v, init: { k: "zero", uninitialised: this.writtenBeforeRead(v, rest) }, span };
        }
        // UdpEndpoint.ipv6Any(port)
        if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression)) {
            const ref = this.r.api(init.expression.name);
            if (ref?.k === "method" && ref.binding?.initializer) {
                const b = ref.binding;
                const initializer = ref.binding.initializer;
                const cls = classes[ref.cls];
                this.use([...cls.features, ...b.features], b.header);
                const v: Var = { name: name.text, ty: { k: "struct", c: cls.c }, scope: "local",
                    span: this.span(name) };
                this.vars.set(this.symbol(name), v);
                const port = this.convert(this.lowerExpr(init.arguments[initializer.portParam]), T.u16);
                const initIr: Init = { k: "macro", c: initializer.macro, fields: [["port", port]] };
                return { k: "local", v, init: initIr, span };
            }
        }
        const e = this.lowerExpr(init);
        const v: Var = { name: name.text, ty: this.exprType(e), scope: "local", span: this.span(name) };
        this.vars.set(this.symbol(name), v);
        // recv() returns at most the buffer's length
        if (e.k === "call" && ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression)) {
            const ref = this.r.api(init.expression.name);
            const idx = ref?.k === "method" ? ref.binding?.resultAtMostLengthOf : undefined;
            if (idx !== undefined) {
                const len = this.arrayLength(init.arguments[idx]);
                if (len !== undefined) {
                    this.facts.add(v, { max: BigInt(len) });
                }
            }
        }
        return { k: "local", v, init: { k: "expr", e }, span };
    }

    /**
     * True if every read of the endpoint `v` comes after a call that writes it: it is only
     * passed as the out-parameter of a call `const n = s.recv(..., v)`, and otherwise used
     * only inside an `if` whose condition guarantees `n >= 0` (the call succeeded, so RIOT
     * wrote it). Then C needs no zero-initialisation, and Node's zeroes are never seen.
     */
    private writtenBeforeRead(v: Var, rest: readonly ts.Statement[]): boolean {
        const writers = new Set<ts.Symbol>();
        const refs = (n: ts.Node): ts.Identifier[] => {
            const found: ts.Identifier[] = [];
            const visit = (x: ts.Node): void => {
                if (ts.isIdentifier(x) && this.varOf(x) === v) {
                    found.push(x);
                }
                ts.forEachChild(x, visit);
            };
            visit(n);
            return found;
        };
        for (const s of rest) {
            const found = refs(s);
            if (found.length === 0) {
                continue;
            }
            const writer = this.outParamWriter(s, found);
            if (writer) {
                writers.add(writer);
                continue;
            }
            if (ts.isIfStatement(s) && refs(s.expression).length === 0
                && (!s.elseStatement || refs(s.elseStatement).length === 0)) {
                const guaranteed = comparisonsOf(s.expression).some((c) => {
                    const n = this.r.checker.getSymbolAtLocation(c.id);
                    return n !== undefined && writers.has(n) && rangeOf(c).min !== undefined
                        && (rangeOf(c).min as bigint) >= 0n;
                });
                if (guaranteed) {
                    continue;
                }
            }
            return false;
        }
        return true;
    }

    /** `const n = x.m(..., ep)` where ep is an out-parameter written on success: n's symbol. */
    private outParamWriter(s: ts.Statement, found: ts.Identifier[]): ts.Symbol | undefined {
        if (!ts.isVariableStatement(s) || s.declarationList.declarations.length !== 1 || found.length !== 1) {
            return undefined;
        }
        const d = s.declarationList.declarations[0];
        const call = d.initializer;
        if (!call || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)
            || (s.declarationList.flags & ts.NodeFlags.Const) === 0) {
            return undefined;
        }
        const ref = this.r.api(call.expression.name);
        if (ref?.k !== "method" || !ref.binding) {
            return undefined;
        }
        const i = call.arguments.indexOf(found[0]);
        const p = ref.binding.params[i];
        if (i < 0 || p?.k !== "endpoint" || p.out !== "onSuccess") {
            return undefined;
        }
        return this.r.checker.getSymbolAtLocation(d.name);
    }

    // --- expressions --------------------------------------------------------------------

    exprType(e: Expr): Ty {
        switch (e.k) {
        case "int": case "const": case "call": case "binary": case "unary": case "field": case "ucall":
            return e.ty;
        case "bool": return T.bool;
        case "str": return T.str;
        case "null": return T.voidPtr;
        case "var": return e.v.ty;
        case "addr": return { k: "ptr", to: this.exprType(e.e) };
        case "sizeof": return T.size;
        case "cast": return e.to;
        case "fnref": return T.voidPtr;
        case "printf": return T.int;
        }
    }

    private lowerExpr(e: ts.Expression): Expr {
        const span = this.span(e);
        if (ts.isParenthesizedExpression(e)) {
            return this.lowerExpr(e.expression);
        }
        if (ts.isNumericLiteral(e)) {
            return { k: "int", value: BigInt(e.text), ty: T.int, span };
        }
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) {
            return { k: "str", value: e.text, span };
        }
        if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) {
            return { k: "bool", value: e.kind === ts.SyntaxKind.TrueKeyword, span };
        }
        if (e.kind === ts.SyntaxKind.NullKeyword) {
            return { k: "null", span };
        }
        if (ts.isIdentifier(e)) {
            return this.lowerIdentifier(e);
        }
        if (ts.isPropertyAccessExpression(e)) {
            return this.lowerPropertyAccess(e);
        }
        if (ts.isCallExpression(e)) {
            return this.lowerCall(e);
        }
        if (ts.isBinaryExpression(e)) {
            return this.lowerBinary(e);
        }
        if (ts.isPrefixUnaryExpression(e)) {
            const operand = this.lowerExpr(e.operand);
            if (e.operator === ts.SyntaxKind.ExclamationToken) {
                return { k: "unary", op: "!", e: operand, ty: T.bool, span };
            }
            if (e.operator === ts.SyntaxKind.MinusToken) {
                if (operand.k === "int") {
                    return { k: "int", value: -operand.value, ty: operand.ty, span };
                }
                return { k: "unary", op: "-", e: operand, ty: this.exprType(operand), span };
            }
            if (e.operator === ts.SyntaxKind.TildeToken) {
                return { k: "unary", op: "~", e: operand, ty: this.exprType(operand), span };
            }
        }
        this.fail(e, `expression kind ${ts.SyntaxKind[e.kind]} passed the checker`);
    }

    private lowerIdentifier(id: ts.Identifier): Expr {
        const span = this.span(id);
        const v = this.varOf(id);
        if (v) {
            return { k: "var", v, span };
        }
        const ref = this.r.api(id);
        if (ref?.k === "constant") {
            const c = constants[ref.name];
            this.use([], c.header);
            return { k: "const", c: c.c, ty: c.ty, span };
        }
        this.fail(id, `unresolved identifier '${id.text}'`);
    }

    private lowerPropertyAccess(e: ts.PropertyAccessExpression): Expr {
        const span = this.span(e);
        const ref = this.r.api(e.name);
        if (ref?.k === "enumMember" && ref.binding) {
            this.use([], ref.binding.header);
            const c = ref.binding.members[ref.name];
            if (/^[0-9]+$/.test(c)) {
                return { k: "int", value: BigInt(c), ty: ref.binding.ty, span };
            }
            return { k: "const", c, ty: ref.binding.ty, span };
        }
        if (ref?.k === "field") {
            const field = classes[ref.cls].fields[ref.name];
            return { k: "field", e: this.lowerExpr(e.expression), field: field.c, ty: field.ty, span };
        }
        this.fail(e, `property '${e.getText()}' passed the checker`);
    }

    private lowerBinary(e: ts.BinaryExpression): Expr {
        const span = this.span(e);
        const l = this.lowerExpr(e.left);
        const r = this.lowerExpr(e.right);
        switch (e.operatorToken.kind) {
        case ts.SyntaxKind.AmpersandToken:
            return { k: "binary", op: "&", l, r, ty: this.exprType(l), span };
        case ts.SyntaxKind.BarToken:
            return { k: "binary", op: "|", l, r, ty: this.exprType(l), span };
        case ts.SyntaxKind.CaretToken:
            return { k: "binary", op: "^", l, r, ty: this.exprType(l), span };
        case ts.SyntaxKind.AmpersandAmpersandToken:
            return { k: "binary", op: "&&", l, r, ty: T.bool, span };
        case ts.SyntaxKind.BarBarToken:
            return { k: "binary", op: "||", l, r, ty: T.bool, span };
        default: {
            const op = ({
                [ts.SyntaxKind.EqualsEqualsEqualsToken]: "==",
                [ts.SyntaxKind.ExclamationEqualsEqualsToken]: "!=",
                [ts.SyntaxKind.LessThanToken]: "<",
                [ts.SyntaxKind.LessThanEqualsToken]: "<=",
                [ts.SyntaxKind.GreaterThanToken]: ">",
                [ts.SyntaxKind.GreaterThanEqualsToken]: ">=",
            } as Partial<Record<ts.SyntaxKind, "==" | "!=" | "<" | "<=" | ">" | ">=">>)[e.operatorToken.kind];
            if (!op) {
                this.fail(e.operatorToken, "operator passed the checker");
            }
            const [cl, cr] = this.comparable(l, r);
            return { k: "binary", op, l: cl, r: cr, ty: T.bool, span };
        }
        }
    }

    /**
     * Operands for a C comparison that gives JavaScript's answer: C's usual arithmetic
     * conversions would turn `-1 < 0u` false, so mixed signedness compares in int64_t.
     */
    private comparable(l: Expr, r: Expr): [Expr, Expr] {
        const lt = this.exprType(l);
        const rt = this.exprType(r);
        if (lt.k !== "int" || rt.k !== "int" || lt.signed === rt.signed
            || (l.k === "int" && l.value >= 0n) || (r.k === "int" && r.value >= 0n)) {
            return [l, r];
        }
        const wide: Ty = { k: "int", c: "int64_t", bits: 64, signed: true };
        return [this.convert(l, wide), this.convert(r, wide)];
    }

    /** An explicit conversion where C's implicit one would not say what happens. */
    private convert(e: Expr, to: Ty): Expr {
        const from = this.exprType(e);
        if (e.k === "int" || e.k === "const") {
            return e;
        }
        if (from.k === "int" && to.k === "int" && from.c === to.c) {
            return e;
        }
        return { k: "cast", to, e, span: e.span };
    }

    private arrayLength(a: ts.Expression): number | undefined {
        if (!ts.isIdentifier(a)) {
            return undefined;
        }
        const v = this.varOf(a);
        return v?.ty.k === "array" ? v.ty.len : undefined;
    }

    private lowerCall(e: ts.CallExpression): Expr {
        const span = this.span(e);
        const callee = e.expression;
        if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
            && callee.expression.text === "console" && !this.r.api(callee.expression)) {
            return this.lowerConsoleLog(e);
        }
        if (ts.isPropertyAccessExpression(callee)) {
            const ref = this.r.api(callee.name);
            if (ref?.k === "method" && ref.binding) {
                const cls = classes[ref.cls];
                this.use([...cls.features, ...ref.binding.features], ref.binding.header);
                const self = ref.isStatic ? [] : [this.addressOf(this.lowerExpr(callee.expression))];
                const args = this.lowerArgs(e, ref.binding);
                return { k: "call", fn: ref.binding.c, args: [...self, ...args], ty: ref.binding.ret, span };
            }
        }
        if (ts.isIdentifier(callee)) {
            const sym = this.r.symbolOf(callee);
            const fn = sym ? this.funcs.get(sym) : undefined;
            if (fn) {
                const args = e.arguments.map((a, i) => this.convert(this.lowerExpr(a), fn.params[i].ty));
                return { k: "ucall", fn, args, ty: fn.ret, span };
            }
        }
        this.fail(e, "call passed the checker");
    }

    /** `&x` for an object held by value; a pointer parameter is already an address. */
    private addressOf(e: Expr): Expr {
        const ty = this.exprType(e);
        if (ty.k === "ptr") {
            return e;
        }
        return { k: "addr", e, span: e.span };
    }

    private lowerArgs(e: ts.CallExpression, b: MethodBinding): Expr[] {
        const out: Expr[] = [];
        b.params.forEach((p: Param, i) => {
            const a = e.arguments[i];
            const span = this.span(a);
            switch (p.k) {
            case "value":
                out.push(this.convert(this.lowerExpr(a), p.ty));
                break;
            case "buffer": {
                const buf = this.lowerExpr(a);
                out.push(buf, { k: "sizeof", e: buf, span });
                break;
            }
            case "data":
                out.push(this.lowerExpr(a));
                break;
            case "length":
                out.push(this.lowerLength(e, a, e.arguments[p.ofIndex], p.ty));
                break;
            case "endpoint":
            case "object": {
                const x = this.lowerExpr(a);
                out.push(x.k === "null" ? x : this.addressOf(x));
                break;
            }
            case "handler": {
                const fn = this.funcs.get(this.r.symbolOf(a) as ts.Symbol);
                if (!fn) {
                    this.fail(a, "handler is not a program function");
                }
                out.push({ k: "fnref", fn, span });
                break;
            }
            case "handlerArg":
                out.push({ k: "null", span });
                break;
            case "cstring":
                out.push({ k: "str", value: (a as ts.StringLiteral).text, span });
                break;
            }
        });
        return out;
    }

    /** A byte count that must lie within the array: proven, or checked at run time. */
    private lowerLength(call: ts.CallExpression, a: ts.Expression, arr: ts.Expression, ty: Ty): Expr {
        const len = this.lowerExpr(a);
        const max = this.arrayLength(arr);
        if (max === undefined) {
            this.fail(arr, "buffer length unknown");
        }
        const range = len.k === "int" ? { min: len.value, max: len.value }
            : len.k === "var" ? this.facts.get(len.v) : {};
        const lowOk = range.min !== undefined && range.min >= 0n;
        const highOk = range.max !== undefined && range.max <= BigInt(max);
        if (lowOk && highOk) {
            this.checksRemoved++;
            return len; // proven in range: C's implicit conversion to size_t is exact
        } else {
            this.checksKept++;
            this.use(["panic"], "panic.h");
            const span = this.span(a);
            const conds: Expr[] = [];
            const lt = this.exprType(len);
            if (!lowOk && lt.k === "int" && lt.signed) {
                conds.push({ k: "binary", op: "<", l: len, r: { k: "int", value: 0n, ty: T.int, span },
                    ty: T.bool, span });
            }
            if (!highOk) {
                const arrExpr = this.lowerExpr(arr);
                conds.push({ k: "binary", op: ">", l: { k: "cast", to: T.size, e: len, span },
                    r: { k: "sizeof", e: arrExpr, span }, ty: T.bool, span });
            }
            const failIf = conds.reduce((x, y) => ({ k: "binary", op: "||", l: x, r: y, ty: T.bool, span }));
            const what = call.expression.getText();
            this.pre.push({ k: "check", failIf,
                message: `${span.file}:${span.line}: ${what}: length outside the buffer`, span });
        }
        return this.convert(len, ty);
    }

    private lowerConsoleLog(e: ts.CallExpression): Expr {
        const span = this.span(e);
        const arg = e.arguments[0];
        this.use(["stdio"], "<stdio.h>");
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
            return { k: "call", fn: "puts", args: [{ k: "str", value: arg.text, span }], ty: T.int, span };
        }
        if (!ts.isTemplateExpression(arg)) {
            this.fail(arg, "console.log argument passed the checker");
        }
        const fmt: FmtPart[] = [{ text: esc(arg.head.text) }];
        const args: Expr[] = [];
        for (const part of arg.templateSpans) {
            const x = this.lowerExpr(part.expression);
            const [spec, conv] = this.formatSpec(this.exprType(x));
            fmt.push(...spec);
            args.push(conv ? this.convert(x, conv) : x);
            fmt.push({ text: esc(part.literal.text) });
        }
        fmt.push({ text: "\n" });
        return { k: "printf", fmt, args, span };
    }

    /** The printf conversion that prints an integer type exactly as Node prints it. */
    private formatSpec(ty: Ty): [FmtPart[], Ty | undefined] {
        if (ty.k !== "int") {
            return [[{ text: "%d" }], T.int];
        }
        switch (ty.c) {
        case "int": return [[{ text: "%d" }], undefined];
        case "ssize_t": return [[{ text: "%zd" }], undefined];
        case "size_t": return [[{ text: "%zu" }], undefined];
        case "uint8_t": case "uint16_t": case "int8_t": case "int16_t":
            return [[{ text: "%d" }], T.int];
        default:
            this.includes.add("<inttypes.h>");
            return ty.signed ? [[{ text: "%" }, { macro: "PRId32" }], T.i32]
                : [[{ text: "%" }, { macro: "PRIu32" }], T.u32];
        }
    }
}

function esc(text: string): string {
    return text.replace(/%/g, "%%");
}

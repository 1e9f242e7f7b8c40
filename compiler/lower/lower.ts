/**
 * Stage 3, lower: the checked TypeScript program becomes the C-shaped IR. First every
 * declaration of every program file gets its C name and type (program.ts), then each
 * function body is lowered (stmt.ts, expr.ts). Module-level objects become static
 * storage; what their initialisers compute runs at the start of `main`, in import order.
 */
import * as path from "node:path";
import { ts } from "ts-morph";
import { constantNumber, plainValueClass, stringConstant } from "../check/check";
import { Diagnostic } from "../diagnostics/diagnostic";
import { Expr, Func, Global, Init, Module, Stmt, StructDef, T, Ty, Var } from "../ir/ir";
import { literal, Range, rangeOf, tyRange, union, Val } from "./ints";
import { ClassInfo, EnumInfo, isInside, onlyCalledDirectly, Program, TYPED_ARRAYS } from "./program";
import { cIdent, methodName } from "../emit/names";
import { recursion, stackEstimate } from "./calls";
import { catalog } from "../diagnostics/catalog";
import { StmtLowerer } from "./stmt";
import { isPure } from "./expr";
import { Loaded } from "../load/load";
import { NumberTypes, withIntegerNumbers } from "./numbers";

export function lower(loaded: Loaded): { module: Module; diagnostics: Diagnostic[] } {
    return withIntegerNumbers(loaded, (numbers) => lowerOnce(loaded, numbers));
}

function lowerOnce(loaded: Loaded, numbers: NumberTypes): { module: Module; diagnostics: Diagnostic[] } {
    const p = new Program(loaded, numbers);
    try {
        const module = new ModuleLowerer(p).run();
        return { module, diagnostics: p.diagnostics };
    } catch (e) {
        // an error already reported can leave the rest unanalysable: report it, not the fallout
        if (p.diagnostics.length > 0) {
            return { module: undefined as unknown as Module, diagnostics: p.diagnostics };
        }
        throw e;
    }
}

interface PendingFunc {
    readonly decl: ts.FunctionLikeDeclaration;
    readonly fn: Func;
    readonly cls?: ClassInfo;
}

class ModuleLowerer {
    private readonly globals: Global[] = [];
    private readonly pending: PendingFunc[] = [];
    private readonly structs: StructDef[] = [];
    private readonly initStmts: Stmt[] = [];
    private readonly initFn: Func;
    private readonly init: StmtLowerer;

    constructor(private readonly p: Program) {
        this.initFn = { name: "init", params: [], ret: T.void, body: [], isMain: false, span: p.span(p.loaded.entry) };
        this.init = new StmtLowerer(p, this.initFn);
    }

    run(): Module {
        const p = this.p;
        // imports before importers, as JavaScript evaluates modules
        const files = evaluationOrder(p.loaded.programFiles, (at, names) => p.report("ImportCycle", at, names.join(" imports ")));
        for (const sf of files) {
            for (const s of sf.statements) {
                if (ts.isEnumDeclaration(s)) {
                    this.declareEnum(s);
                } else if (ts.isClassDeclaration(s) && s.name) {
                    const c = cIdent(p.cName(s.name.text, s), "type");
                    p.classes.set(p.symbol(s.name), { name: s.name.text, c: `${c}_t`, decl: s,
                        fields: new Map(), methods: new Map() });
                }
            }
        }
        for (const info of p.classes.values()) {
            this.declareClass(info);
        }
        this.orderStructs();
        for (const sf of files) {
            for (const s of sf.statements) {
                if (ts.isFunctionDeclaration(s) && s.body && s.name) {
                    this.declareFunc(s);
                }
            }
        }
        for (const sf of files) {
            for (const s of sf.statements) {
                if (ts.isVariableStatement(s)) {
                    const isConst = (s.declarationList.flags & ts.NodeFlags.Const) !== 0;
                    s.declarationList.declarations.forEach((d) => this.global(d, isConst));
                }
            }
        }
        this.effects();
        const funcs = this.lowerFuncs();
        const main = funcs.find((f) => f.isMain);
        if (main && this.initStmts.length > 0) {
            main.body = [...this.initStmts, ...main.body];
        }
        const used = reachable(funcs);
        // a class that holds itself already says why its constructors call each other
        const classCycle = p.diagnostics.some((d) => d.code === catalog.ClassHoldsItself.code);
        for (const r of classCycle ? [] : recursion(funcs.filter((f) => used.funcs.has(f)))) {
            const others = r.cycle.slice(1).map((f) => `'${f.name}'`);
            p.reportAt("Recursion", r.at, r.cycle[0].name, others.length > 0 ? ` through ${others.join(", ")}` : "");
        }
        const module: Module = {
            source: p.loaded.displayPath(p.loaded.entry.fileName),
            enums: [...p.enums.values()].map((e) => e.def),
            structs: this.structs,
            // what main never reaches stays out of the C, as a person would leave it out
            globals: this.globals.filter((g) => used.vars.has(g.v)),
            funcs: funcs.filter((f) => used.funcs.has(f)),
            includes: [...p.includes],
            features: [...p.features],
            checksRemoved: p.checksRemoved,
            checksKept: p.checksKept,
            helpers: [...p.helpers],
            featureSpans: p.featureSpans,
            credentials: p.credentials,
            // a send from a view of unknown length sends at most the largest module array
            dtlsRecord: p.dtlsRecord === "unknown" ? largestArray(this.globals) : p.dtlsRecord,
        };
        return { ...module, stack: stackEstimate(module) };
    }

    // --- declarations ---------------------------------------------------------------------

    private declareEnum(s: ts.EnumDeclaration): void {
        const p = this.p;
        const c = cIdent(p.cName(s.name.text, s), "type");
        const members = new Map<string, { c: string; value: bigint }>();
        const strings = s.members.map((m) => p.r.checker.getConstantValue(m));
        if (strings.length > 0 && strings.every((v) => typeof v === "string")) {
            // a string enum: the members are 0, 1, ... in C, and print as their strings
            s.members.forEach((m, i) => members.set(m.name.getText(), { c: methodName(c, m.name.getText()), value: BigInt(i) }));
            const ty: Ty = { k: "int", c: `${c}_t`, bits: 32, signed: false };
            p.enums.set(p.symbol(s.name), { name: s.name.text, ty, members, strings: strings as string[],
                def: { c: `${c}_t`, members: [...members.values()], span: p.span(s) } });
            p.stringEnums.set(`${c}_t`, { strings: strings as string[], consts: [...members.values()].map((m) => m.c) });
            return;
        }
        for (const m of s.members) {
            const value = p.r.checker.getConstantValue(m);
            if (typeof value !== "number" || !Number.isInteger(value)) {
                p.report("UnsupportedType", m, "string enum member", "Enums must have integer values.");
                continue;
            }
            if (value < -(2 ** 31) || value > 2 ** 31 - 1) {
                // C's enum constants are ints: 4294967295 would read back as -1
                p.report("UnsupportedType", m, `enum member ${m.name.getText()} = ${value}`,
                    "A C enum holds int32 values only: use a module-level const with an integer type, "
                    + "such as `const C: u32 = 4294967295`.");
                continue;
            }
            members.set(m.name.getText(), { c: methodName(c, m.name.getText()), value: BigInt(value) });
        }
        const values = [...members.values()].map((m) => m.value);
        const negative = values.some((v) => v < 0n);
        const ty: Ty = { k: "int", c: `${c}_t`, bits: 32, signed: negative };
        const info: EnumInfo = { name: s.name.text, ty, members,
            def: { c: `${c}_t`, members: [...members.values()], span: p.span(s) } };
        p.enums.set(p.symbol(s.name), info);
    }

    private declareClass(info: ClassInfo): void {
        const p = this.p;
        const decl = info.decl as ts.ClassDeclaration;
        const fields: { name: string; ty: Ty }[] = [];
        for (const m of decl.members) {
            if (ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name)) {
                const ty = this.fieldType(m);
                if (ty) {
                    const c = cIdent(m.name.text, "field");
                    info.fields.set(m.name.text, { name: c, ty, decl: m });
                    fields.push({ name: c, ty });
                }
            }
        }
        info.def = { c: info.c, fields, span: p.span(decl) };
        this.structs.push(info.def);
        const selfTy: Ty = { k: "ptr", to: { k: "struct", c: info.c } };
        const self = (): Var => ({ name: "self", ty: selfTy, scope: "param", span: p.span(decl), isReceiver: true });
        const prefix = info.c.replace(/_t$/, "");
        const ctorDecl = decl.members.find(ts.isConstructorDeclaration);
        const needsCtor = classNeedsInit(p, info);
        if (needsCtor) {
            const params = [self(), ...(ctorDecl?.parameters ?? []).map((x) => this.param(x))];
            const fn: Func = { name: p.cName(methodName(prefix, "init"), decl), params, ret: T.void, body: [], isMain: false,
                isMethod: true, span: p.span(ctorDecl ?? decl) };
            info.ctor = fn;
            this.pending.push({ decl: ctorDecl ?? (decl as unknown as ts.ConstructorDeclaration), fn, cls: info });
        }
        for (const m of decl.members) {
            if (ts.isMethodDeclaration(m) && m.body && ts.isIdentifier(m.name)) {
                const params = [self(), ...m.parameters.map((x) => this.param(x))];
                const fn: Func = { name: p.cName(methodName(prefix, m.name.text), m), params, ret: this.returnType(m), body: [],
                    isMain: false, isMethod: true, span: p.span(m) };
                info.methods.set(m.name.text, fn);
                p.funcs.set(p.symbol(m.name), fn);
                this.pending.push({ decl: m, fn, cls: info });
            }
        }
    }

    /**
     * C needs a struct's field types defined before it: classes are emitted in dependency
     * order. A class that holds itself, directly or through others, has no size in C (and
     * in Node its constructor never ends): that is rejected at the field.
     */
    private orderStructs(): void {
        const p = this.p;
        const byC = new Map(this.structs.map((st) => [st.c, st]));
        const held = (ty: Ty): string | undefined => ty.k === "struct" ? ty.c : ty.k === "array" ? held(ty.elem) : undefined;
        const out: StructDef[] = [];
        const state = new Map<string, "visiting" | "done">();
        const visit = (st: StructDef, path: StructDef[]): void => {
            if (state.get(st.c) === "done") {
                return;
            }
            state.set(st.c, "visiting");
            for (const f of st.fields) {
                const dep = held(f.ty);
                const next = dep === undefined ? undefined : byC.get(dep);
                if (!next) {
                    continue;
                }
                if (state.get(next.c) === "visiting") {
                    const cls = p.classByC(st.c);
                    const decl = [...(cls?.fields.values() ?? [])].find((x) => x.name === f.name)?.decl;
                    const chain = [...path.slice(path.indexOf(next)), st, next].map((x) => p.classByC(x.c)?.name ?? x.c);
                    p.report("ClassHoldsItself", decl ?? (cls?.decl as ts.Node), cls?.name ?? st.c,
                        decl && ts.isIdentifier(decl.name) ? decl.name.text : f.name, chain.join(" holds "));
                    continue;
                }
                visit(next, [...path, st]);
            }
            state.set(st.c, "done");
            out.push(st);
        };
        this.structs.forEach((st) => visit(st, []));
        this.structs.splice(0, this.structs.length, ...out);
    }

    private fieldType(m: ts.PropertyDeclaration): Ty | undefined {
        const p = this.p;
        if (m.type) {
            const ty = p.tyOfTypeNode(m.type, "value");
            if (!ty) {
                p.report("UnsupportedType", m.type, m.type.getText(), "See docs/language.md for the types riotscript has.");
            }
            return ty;
        }
        const init = m.initializer;
        if (!init) {
            return undefined;
        }
        if (ts.isNewExpression(init) && ts.isIdentifier(init.expression)) {
            const elem = TYPED_ARRAYS[init.expression.text];
            if (elem) {
                return { k: "array", elem, len: constantNumber(p.r.checker, init.arguments?.[0] as ts.Expression) as number };
            }
            const cls = p.classOf(init.expression);
            if (cls) {
                return { k: "struct", c: cls.c };
            }
            const api = p.r.api(init.expression);
            if (api?.k === "class" && plainValueClass(api)) {
                p.use(api.binding.features, api.binding.header);
                return { k: "struct", c: api.binding.c }; // an endpoint: all zero, as Node's new one
            }
        }
        // the field's type from its initialiser's TypeScript type: module-level names are not
        // lowered yet when classes are laid out
        if (ts.isNumericLiteral(init) || (ts.isPrefixUnaryExpression(init) && ts.isNumericLiteral(init.operand))) {
            const v = Number(init.getText().replace(/_/g, ""));
            return Number.isInteger(v) ? T.i32 : T.f64;
        }
        if (init.kind === ts.SyntaxKind.TrueKeyword || init.kind === ts.SyntaxKind.FalseKeyword) {
            return T.bool;
        }
        if (ts.isPropertyAccessExpression(init)) {
            const en = p.enumOf(init.expression); // `light = Light.Red`: the enum
            if (en) {
                return en.ty;
            }
        }
        p.report("UnsupportedType", m.name, "inferred", "Annotate the field's type, for example 'count: u32 = 0'.");
        return undefined;
    }

    private param(x: ts.ParameterDeclaration): Var {
        const p = this.p;
        const ty = x.type ? p.tyOfTypeNode(x.type, "param") : undefined;
        if (!ty) {
            p.report("UnsupportedType", x.type ?? x, x.type?.getText() ?? "?", "Give the parameter a riotscript type: "
                + "an integer type (i32, u8, ...), number, boolean, a class or a typed array.");
        }
        const v: Var = { name: (x.name as ts.Identifier).text, ty: ty ?? T.i32, scope: "param", span: p.span(x) };
        p.vars.set(p.symbol(x.name), v);
        return v;
    }

    private returnType(d: ts.FunctionLikeDeclaration): Ty {
        const p = this.p;
        if (d.type) {
            const ty = p.tyOfTypeNode(d.type, "value");
            if (!ty) {
                p.report("UnsupportedType", d.type, d.type.getText(), "Return an integer type, number, boolean or void.");
                return T.void;
            }
            if (ty.k === "struct" || ty.k === "array" || ty.k === "view") {
                p.report("ObjectMisuse", d.type, "object", "returned", "Pass the object in as a parameter and fill it.");
                return T.void;
            }
            return ty;
        }
        const sig = p.r.checker.getSignatureFromDeclaration(d);
        const t = sig?.getReturnType();
        if (!t || (t.flags & ts.TypeFlags.Void) !== 0) {
            return T.void;
        }
        if ((t.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) !== 0) {
            return T.bool;
        }
        if ((t.flags & ts.TypeFlags.NumberLike) !== 0) {
            return T.i32; // an unannotated number result: an integer (docs/language.md)
        }
        p.report("UnsupportedType", d.name ?? d, p.r.checker.typeToString(t), "Annotate the return type.");
        return T.void;
    }

    private declareFunc(d: ts.FunctionDeclaration): void {
        const p = this.p;
        const name = (d.name as ts.Identifier).text;
        const isMain = name === "main" && d.getSourceFile() === p.loaded.entry;
        const params = d.parameters.map((x) => this.param(x));
        const ret = isMain ? T.int : this.returnType(d);
        const cname = isMain ? "main" : p.cName(name, d);
        const fn: Func = { name: cname, params, ret, body: [], isMain, span: p.span(d) };
        p.funcs.set(p.symbol(d.name as ts.Identifier), fn);
        this.pending.push({ decl: d, fn });
    }

    // --- module-level variables -------------------------------------------------------------

    private global(d: ts.VariableDeclaration, isConst: boolean): void {
        const p = this.p;
        const name = d.name as ts.Identifier;
        const init = d.initializer as ts.Expression;
        const span = p.span(d);
        const cname = p.cName(name.text, d);
        const add = (ty: Ty, extra: Partial<Var> = {}, gInit?: Init): Var => {
            const v: Var = { name: cname, ty, scope: "global", span: p.span(name), ...extra };
            p.vars.set(p.symbol(name), v);
            this.globals.push({ v, init: gInit, span });
            return v;
        };
        if (ts.isNewExpression(init) && ts.isIdentifier(init.expression)) {
            const elem = TYPED_ARRAYS[init.expression.text];
            if (elem && !p.r.api(init.expression) && !p.classOf(init.expression)) {
                add({ k: "array", elem, len: constantNumber(p.r.checker, init.arguments?.[0] as ts.Expression) as number });
                return;
            }
            const ref = p.r.api(init.expression);
            if (ref?.k === "class") {
                p.use(ref.binding.features, ref.binding.header);
                add({ k: "struct", c: ref.binding.c });
                return;
            }
            const info = p.classOf(init.expression);
            if (info) {
                const v = add({ k: "struct", c: info.c });
                if (info.ctor) {
                    const self: Expr = { k: "addr", e: { k: "var", v, span }, span };
                    this.initStmts.push({ k: "expr", e: this.init.construct(init, info.ctor, self), span });
                }
                return;
            }
        }
        if (ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "structArray") {
            const info = p.classOf(init.arguments[0]);
            const n = constantNumber(p.r.checker, init.arguments[1]) as number;
            const api = p.r.api(init.arguments[0]);
            if (api?.k === "class" && api.binding.moduleLevelOnly && api.binding.paramAs === "pointer") {
                // RIOT objects the program hands to the stack as an array: a listen queue's socks
                p.use(api.binding.features, api.binding.header);
                add({ k: "array", elem: { k: "struct", c: api.binding.c }, len: n });
                return;
            }
            if (!info) {
                p.report("UnsupportedType", init.arguments[0], init.arguments[0].getText(), "structArray takes a program class, or TcpSock.");
                add({ k: "array", elem: T.i32, len: 1 });
                return;
            }
            const v = add({ k: "array", elem: { k: "struct", c: info.c }, len: n });
            if (info.ctor) {
                this.initStmts.push(this.initLoop(v, info.ctor, n, span));
            }
            return;
        }
        if (ts.isAsExpression(init) && ts.isArrayLiteralExpression(init.expression)) {
            this.table(init.expression, add);
            return;
        }
        if (isApiCall(p, init, "bytes")) {
            this.bytesTable(d, init as ts.CallExpression, add);
            return;
        }
        let val = this.init.lower(init, d.type ? p.tyOfTypeNode(d.type, "value") : undefined);
        if (isConst && val.ty.k === "int" && val.r && val.r.lo === val.r.hi && val.e.k !== "int" && val.e.k !== "const"
            && isPure(val.e)) {
            val = literal(val.r.lo, val.e.span); // `const NEXT = K + 1` is a constant too
        }
        const ty = this.init.declaredType(d, val, isConst) ?? val.ty;
        if (unparenNull(init)) {
            // `let last: number | null = null`: the type's own error says what to write; a
            // null with no type gets one here (it is not an object to create with new)
            if (!d.type) {
                p.report("UnsupportedType", init, "null", "riotscript values are never null (only API results such as "
                    + "accept()'s are): keep a flag next to the value, 'let hasLast = false'.");
            }
            add(ty);
            return;
        }
        if (ty.k === "struct" || ty.k === "array" || ty.k === "view" || ty.k === "ptr") {
            p.report("ObjectMisuse", init, "object", "copied or aliased", "Create it here with 'new'.");
            add(ty);
            return;
        }
        const e = this.init.coerce(init, val, ty, `'${name.text}'`);
        const constant = isConstantExpr(e);
        const v = add(ty, { isConst: isConst && constant }, constant ? { k: "expr", e } : undefined);
        if (isConst && e.k === "int") {
            p.constValues.set(v, e.value);
        }
        if (!constant) {
            this.initStmts.push({ k: "assign", target: { k: "var", v, span }, e, span });
        }
    }

    /** `for (i = 0; i < n; i++) C_init(&a[i]);` for a structArray whose class has a constructor. */
    private initLoop(v: Var, ctor: Func, n: number, span: Stmt["span"]): Stmt {
        const i: Var = { name: `${v.name}_index`, ty: T.u32, scope: "local", span };
        const iv: Expr = { k: "var", v: i, span };
        const self: Expr = { k: "addr", e: { k: "index", a: { k: "var", v, span }, i: iv, ty: T.void, span }, span };
        return {
            k: "for", span,
            init: [{ k: "local", v: i, init: { k: "expr", e: literal(0n, span).e }, span }],
            cond: { k: "binary", op: "<", l: iv, r: literal(BigInt(n), span).e, ty: T.bool, span },
            step: [{ k: "assign", target: iv, op: "+", e: literal(1n, span).e, span }],
            body: [{ k: "expr", e: { k: "ucall", fn: ctor, args: [self], ty: T.void, span }, span }],
        };
    }

    /** `const T = [1, 2, 3] as const`: a `static const` table in flash. */
    private table(lit: ts.ArrayLiteralExpression,
        add: (ty: Ty, extra?: Partial<Var>, init?: Init) => Var): void {
        const p = this.p;
        if (lit.elements.length === 0) {
            p.report("UnsupportedSyntax", lit, "An empty 'as const' table", "C has no zero-length arrays: give the table "
                + "at least one element, or leave it out.");
            add({ k: "array", elem: T.u8, len: 1 }, { isConst: true });
            return;
        }
        // enum members and integer constants are as good as literals
        const vals: Val[] = lit.elements.map((x) => this.init.lower(x)).map((v) =>
            (v.e.k !== "int" && v.ty.k !== "bool" && v.r && v.r.lo === v.r.hi ? literal(v.r.lo, v.e.span) : v));
        if (vals.some((v) => v.e.k !== "int" && v.e.k !== "float" && v.e.k !== "bool")) {
            p.report("NotAConstant", lit, "Each element of an 'as const' table", "Write number literals, enum "
                + "members or integer constants.");
            add({ k: "array", elem: T.i32, len: vals.length }, { isConst: true });
            return;
        }
        let elem: Ty;
        if (vals.every((v) => v.e.k === "int")) {
            const r = union(...vals.map(rangeOf));
            elem = [T.u8, T.i8, T.u16, T.i16, T.u32, T.i32].find((t) => {
                const tr = tyRange(t);
                return r.lo >= tr.lo && r.hi <= tr.hi;
            }) ?? T.i64;
            const v = add({ k: "array", elem, len: vals.length }, { isConst: true },
                { k: "list", items: vals.map((x) => ({ ...(x.e as Extract<Expr, { k: "int" }>), ty: elem })) });
            p.tableRanges.set(v, r);
            return;
        }
        elem = vals.every((v) => v.e.k === "bool") ? T.bool : T.f64;
        const items = vals.map((x) => (x.e.k === "int" ? { k: "float" as const, value: Number(x.e.value), span: x.e.span } : x.e));
        add({ k: "array", elem, len: vals.length }, { isConst: true }, { k: "list", items });
    }

    /**
     * `const T = bytes("text")`: the text's UTF-8 bytes, a `static const` table in flash when
     * nothing can write them (every use reads an element, the length, or passes T where the
     * API only reads), otherwise a `static` one in RAM, as mutable as Node's Uint8Array.
     */
    private bytesTable(d: ts.VariableDeclaration, init: ts.CallExpression,
        add: (ty: Ty, extra?: Partial<Var>, init?: Init) => Var): void {
        const p = this.p;
        const text = stringConstant(p.r, init.arguments[0]) ?? "";
        const data = Buffer.from(text, "utf8");
        if (data.length === 0) {
            p.report("UnsupportedSyntax", init, "An empty bytes() table", "C has no zero-length arrays: "
                + "use a view of length 0 ('buf.subarray(0, 0)'), or leave the table out.");
            add({ k: "array", elem: T.u8, len: 1 }, { isConst: true });
            return;
        }
        const span = p.span(init);
        const readOnly = onlyRead(p, p.symbol(d.name as ts.Identifier), p.loaded.programFiles);
        const v = add({ k: "array", elem: T.u8, len: data.length }, { isConst: readOnly },
            { k: "list", items: [...data].map((b) => ({ ...(literal(BigInt(b), span).e as Extract<Expr, { k: "int" }>), ty: T.u8 })) });
        if (readOnly) {
            p.tableRanges.set(v, union(...[...data].map((b) => ({ lo: BigInt(b), hi: BigInt(b) }))));
        }
    }

    /**
     * Which functions have effects (print, call the RIOT API, store outside their locals),
     * to a fixed point over calls. Operands that only read may run in either order in C.
     */
    private effects(): void {
        const p = this.p;
        const byDecl = new Map<ts.Node, Func>(this.pending.map((f) => [f.decl, f.fn]));
        const calls = new Map<Func, Func[]>();
        for (const f of this.pending) {
            const callees: Func[] = [];
            let direct = false;
            /*
             * A store stays inside the function when it goes to one of its own variables or
             * parameters, or into an object or array the function created with `new`. A store
             * through any other name (an alias `const q = z`, a parameter pointing at an
             * object, a view) reaches storage others see.
             */
            const isLocal = (target: ts.Expression): boolean => {
                let through = false;
                while (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)
                    || ts.isParenthesizedExpression(target)) {
                    through ||= !ts.isParenthesizedExpression(target);
                    target = target.expression;
                }
                if (!ts.isIdentifier(target)) {
                    return false;
                }
                const decl = p.r.symbolOf(target)?.valueDeclaration;
                if (!decl || !isInside(decl, f.decl)) {
                    return false;
                }
                if (!through) {
                    return ts.isVariableDeclaration(decl) || ts.isParameter(decl);
                }
                return ts.isVariableDeclaration(decl) && decl.initializer !== undefined && ts.isNewExpression(decl.initializer);
            };
            const visit = (n: ts.Node): void => {
                if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment
                    && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && !isLocal(n.left)) {
                    direct = true;
                } else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n))
                    && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)
                    && !isLocal(n.operand)) {
                    direct = true;
                } else if (ts.isCallExpression(n)) {
                    const callee = ts.isPropertyAccessExpression(n.expression) ? n.expression.name : n.expression;
                    const decl = p.r.symbolOf(callee)?.declarations?.find((d) => byDecl.has(d));
                    if (decl) {
                        callees.push(byDecl.get(decl) as Func);
                    } else if (!isPureCallee(p, n)) {
                        direct = true;
                    }
                }
                ts.forEachChild(n, visit);
            };
            if (f.decl.body) {
                visit(f.decl.body);
            }
            if (direct) {
                p.effects.add(f.fn);
            }
            calls.set(f.fn, callees);
        }
        for (let changed = true; changed;) {
            changed = false;
            for (const [fn, callees] of calls) {
                if (!p.effects.has(fn) && callees.some((c) => p.effects.has(c))) {
                    p.effects.add(fn);
                    changed = true;
                }
            }
        }
    }

    // --- bodies -------------------------------------------------------------------------------

    /**
     * Lowers every function. A function that is only ever called directly (not exported,
     * never a handler or a value) then gets its parameters' ranges from its call sites, and
     * everything is lowered again with them: `header(tkl: u32)` called with `buf[0] & 15`
     * knows tkl <= 15. The second lowering's call sites must pass within what it assumed
     * (narrower assumptions only narrow what callers compute); if not, the first stands.
     */
    private lowerFuncs(): Func[] {
        const p = this.p;
        // what the module-level initialisers' calls passed, lowered once, stays in each round
        const restore = p.snapshot();
        const lowerAll = (assume: Map<Var, Range>, results: Map<Func, Range>, lens: Map<Var, number> = new Map()): {
            funcs: Func[]; passed: Map<Var, Range>; returned: Map<Func, Range>; lens: Map<Var, number>;
        } => {
            restore();
            p.paramRanges = assume;
            p.results = results;
            p.viewMaxLens = lens;
            const funcs = this.pending.map((f) => this.lowerFunc(f));
            return { funcs, passed: p.argRanges, returned: p.returned, lens: p.argLens };
        };
        const direct = calledOnlyDirectly(p, this.pending);
        // what a lowering found, as the next one's assumptions: the parameters of functions
        // only called directly, and every function's result, where narrower than the type
        const narrowed = (r: { passed: Map<Var, Range>; returned: Map<Func, Range>; lens: Map<Var, number> }) => {
            const params = new Map<Var, Range>();
            const lens = new Map<Var, number>();
            for (const f of this.pending) {
                for (const v of direct.has(f.fn) ? f.fn.params : []) {
                    const got = r.lens.get(v);
                    if (v.ty.k === "view" && got !== undefined && Number.isFinite(got)) {
                        lens.set(v, got);
                    }
                }
            }
            for (const f of this.pending) {
                for (const v of direct.has(f.fn) ? f.fn.params : []) {
                    const got = r.passed.get(v);
                    const t = v.ty.k === "int" ? tyRange(v.ty) : undefined;
                    if (got && t && (got.lo > t.lo || got.hi < t.hi)) {
                        params.set(v, got);
                    }
                }
            }
            const results = new Map<Func, Range>();
            for (const [fn, got] of r.returned) {
                const t = fn.ret.k === "int" ? tyRange(fn.ret) : undefined;
                if (t && (got.lo > t.lo || got.hi < t.hi)) {
                    results.set(fn, got);
                }
            }
            return { params, results, lens };
        };
        const within = (a: Range | undefined, b: Range) => a === undefined || (a.lo >= b.lo && a.hi <= b.hi);
        const same = <K>(a: Map<K, Range>, b: Map<K, Range>) => a.size === b.size
            && [...a].every(([k, r]) => b.get(k)?.lo === r.lo && b.get(k)?.hi === r.hi);
        let good = lowerAll(new Map(), new Map());
        let assumed = { params: new Map<Var, Range>(), results: new Map<Func, Range>(), lens: new Map<Var, number>() };
        // a few rounds: each assumes what the last found (a caller's narrower result narrows
        // its callee's arguments, and so on); each must find within what it assumed
        for (let round = 0; round < 3; round++) {
            const next = narrowed(good);
            const sameLens = next.lens.size === assumed.lens.size && [...next.lens].every(([v, n]) => assumed.lens.get(v) === n);
            if (same(next.params, assumed.params) && same(next.results, assumed.results) && sameLens) {
                return good.funcs;
            }
            const tried = lowerAll(next.params, next.results, next.lens);
            const holds = [...next.params].every(([v, r]) => within(tried.passed.get(v), r))
                && [...next.results].every(([fn, r]) => within(tried.returned.get(fn), r))
                && [...next.lens].every(([v, n]) => (tried.lens.get(v) ?? 0) <= n);
            if (!holds) {
                break;
            }
            good = tried;
            assumed = next;
        }
        // the last lowering must be the one that stands: lower again with what held
        return lowerAll(assumed.params, assumed.results, assumed.lens).funcs;
    }

    private lowerFunc(f: PendingFunc): Func {
        const p = this.p;
        const x = new StmtLowerer(p, f.fn);
        if (f.cls) {
            x.self = f.fn.params[0];
        }
        for (const v of f.fn.params) {
            const r = p.paramRanges.get(v);
            if (r) {
                x.facts.add(v, { lo: r.lo, hi: r.hi }); // until the body assigns the parameter
            }
        }
        const body: Stmt[] = [];
        if (f.cls && f.fn === f.cls.ctor) {
            body.push(...this.fieldInits(x, f.cls));
        }
        const block = f.decl.body && ts.isBlock(f.decl.body) ? f.decl.body : undefined;
        if (block) {
            body.push(...x.block(block.statements));
        }
        f.fn.body = body;
        return f.fn;
    }

    /** A constructor starts with the field initialisers, in declaration order. */
    private fieldInits(x: StmtLowerer, cls: ClassInfo): Stmt[] {
        const p = this.p;
        const out: Stmt[] = [];
        const self = x.self as Var;
        for (const f of cls.fields.values()) {
            const init = f.decl.initializer;
            if (!init || zeroInit(p, init)) {
                continue;
            }
            const span = p.span(f.decl);
            const target: Expr = { k: "field", e: { k: "var", v: self, span }, field: f.name, ty: f.ty, span };
            if (ts.isNewExpression(init) && ts.isIdentifier(init.expression)) {
                const info = p.classOf(init.expression);
                if (info?.ctor) {
                    out.push({ k: "expr", e: x.construct(init, info.ctor, { k: "addr", e: target, span }), span });
                }
                continue;
            }
            const v = x.lower(init, f.ty);
            out.push({ k: "assign", target, e: x.coerce(init, v, f.ty, `field '${f.name}'`), span });
        }
        return out;
    }
}

/** True if a field initialiser leaves the all-zero bytes static storage already has. */
/**
 * True if a class's objects need an init function: a constructor, or a field whose
 * initialiser is not all zero bits (also through the classes its fields hold, whatever
 * order the file declares them in).
 */
/** The most elements any module-level array holds. */
function largestArray(globals: readonly Global[]): number {
    return Math.max(0, ...globals.map((g) => (g.v.ty.k === "array" ? g.v.ty.len : 0)));
}

function classNeedsInit(p: Program, info: ClassInfo, seen = new Set<ClassInfo>()): boolean {
    if (seen.has(info)) {
        return false;
    }
    seen.add(info);
    const decl = info.decl as ts.ClassDeclaration;
    return decl.members.some(ts.isConstructorDeclaration)
        || decl.members.some((m) => ts.isPropertyDeclaration(m) && !zeroInit(p, m.initializer, seen));
}

function zeroInit(p: Program, init: ts.Expression | undefined, seen = new Set<ClassInfo>()): boolean {
    if (!init) {
        return true;
    }
    if (ts.isNumericLiteral(init)) {
        return Number(init.text) === 0 && !init.text.includes(".");
    }
    if (init.kind === ts.SyntaxKind.FalseKeyword) {
        return true;
    }
    if (ts.isNewExpression(init) && ts.isIdentifier(init.expression)) {
        if (TYPED_ARRAYS[init.expression.text] || plainValueClass(p.r.api(init.expression))) {
            return true;
        }
        const info = p.classOf(init.expression);
        return info !== undefined && !classNeedsInit(p, info, seen);
    }
    return false;
}

/** The functions main reaches (calls and handlers) and the module-level variables they use. */
function reachable(funcs: readonly Func[]): { funcs: Set<Func>; vars: Set<Var> } {
    const out = { funcs: new Set<Func>(), vars: new Set<Var>() };
    const visitExpr = (e: Expr): void => {
        switch (e.k) {
        case "var": case "len": out.vars.add(e.v); return;
        case "ucall": case "fnref":
            visitFunc(e.fn);
            if (e.k === "ucall") {
                e.args.forEach(visitExpr);
            }
            return;
        default:
            for (const child of Object.values(e)) {
                if (child && typeof child === "object" && "k" in child && "span" in child) {
                    visitExpr(child as Expr);
                } else if (Array.isArray(child)) {
                    child.forEach((c) => c && typeof c === "object" && "k" in c && visitExpr(c as Expr));
                }
            }
            if (e.k === "index" && e.check) {
                visitExpr(e.check.len);
            }
        }
    };
    const visitStmts = (stmts: readonly Stmt[]): void => {
        for (const s of stmts) {
            for (const child of Object.values(s)) {
                if (Array.isArray(child)) {
                    for (const c of child) {
                        if (c && typeof c === "object" && "values" in c && "body" in c) {
                            (c.values as Expr[]).forEach(visitExpr);
                            visitStmts(c.body as Stmt[]);
                        } else if (c && typeof c === "object" && "k" in c) {
                            if ("span" in c && isStmtKind(c.k as string)) {
                                visitStmts([c as Stmt]);
                            } else {
                                visitExpr(c as Expr);
                            }
                        }
                    }
                } else if (child && typeof child === "object" && "k" in child) {
                    if (s.k === "local" && child === s.init) {
                        const init = s.init;
                        if (init.k === "expr") {
                            visitExpr(init.e);
                        } else if (init.k === "macro") {
                            init.fields.forEach(([, x]) => visitExpr(x));
                        } else if (init.k === "view") {
                            visitExpr(init.ptr);
                            visitExpr(init.len);
                        }
                    } else if (s.k !== "local" || child !== s.v) {
                        visitExpr(child as Expr);
                    }
                }
            }
        }
    };
    const visitFunc = (f: Func): void => {
        if (!out.funcs.has(f)) {
            out.funcs.add(f);
            visitStmts(f.body);
        }
    };
    funcs.filter((f) => f.isMain).forEach(visitFunc);
    return out;
}

const STMT_KINDS = new Set(["local", "expr", "assign", "if", "while", "do", "for", "switch", "break",
    "continue", "block", "return"]);

function isStmtKind(k: string): boolean {
    return STMT_KINDS.has(k);
}

/** The program files in JavaScript's evaluation order: each file's imports (depth first) before it. */
/**
 * Files in the order JavaScript initialises them: imports first. An import cycle is reported
 * at the import that closes it: Node would run one module's initialisers while another's
 * are still unset (0 for one, 4 for the other), which C's static initialisation cannot copy.
 */
function evaluationOrder(files: readonly ts.SourceFile[], cycle: (at: ts.Node, names: string[]) => void): ts.SourceFile[] {
    const byName = new Map(files.map((f) => [f.fileName, f]));
    const out: ts.SourceFile[] = [];
    const seen = new Set<string>();
    const active: ts.SourceFile[] = [];
    const visit = (sf: ts.SourceFile): void => {
        if (seen.has(sf.fileName)) {
            return;
        }
        seen.add(sf.fileName);
        active.push(sf);
        for (const s of sf.statements) {
            if ((ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier
                && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text.startsWith(".")) {
                const base = path.resolve(path.dirname(sf.fileName), s.moduleSpecifier.text);
                const dep = byName.get(base.endsWith(".ts") ? base : `${base}.ts`) ?? byName.get(path.join(base, "index.ts"));
                if (dep && active.includes(dep)) {
                    const names = [...active.slice(active.indexOf(dep)), dep].map((f) => path.basename(f.fileName));
                    cycle(s, names);
                } else if (dep) {
                    visit(dep);
                }
            }
        }
        active.pop();
        out.push(sf);
    };
    files.forEach(visit);
    return out;
}


/** Calls that only compute: Math, the integer conversions, byte-order reads, pure API queries. */
function isPureCallee(p: Program, call: ts.CallExpression): boolean {
    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
        && callee.expression.text === "Math") {
        return true;
    }
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
    const ref = p.r.api(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
    if (ref?.k === "method") {
        return ref.binding?.initializer !== undefined
            || ["isV6", "isMulticast", "isPending", "getCount", "getInterval"].includes(name);
    }
    return /^(i8|i16|i32|u8|u16|u32|f64|readU(16|32)(BE|LE)|ztimerNow)$/.test(name);
}

/**
 * The program's free functions whose every use is a direct call (`f(x)`): not exported, not
 * passed as a handler or stored, not main. Their call sites are all their callers.
 */
function calledOnlyDirectly(p: Program, pending: readonly PendingFunc[]): Set<Func> {
    const bySymbol = new Map<ts.Symbol, Func>();
    for (const f of pending) {
        const d = f.decl;
        const exported = (ts.getCombinedModifierFlags(d as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
        if (!f.cls && !f.fn.isMain && !exported && ts.isFunctionDeclaration(d) && d.name) {
            bySymbol.set(p.symbol(d.name), f.fn);
        }
    }
    const direct = onlyCalledDirectly(p.loaded.programFiles, (n) => p.r.symbolOf(n), bySymbol.keys());
    return new Set([...direct].map((sym) => bySymbol.get(sym) as Func));
}

/** A call of the riotscript API function `name`. */
export function isApiCall(p: Program, e: ts.Expression, name: string): boolean {
    if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== name) {
        return false;
    }
    const decl = p.r.symbolOf(e.expression)?.declarations?.[0];
    return decl !== undefined && p.r.isApiDecl(decl);
}

/** The language functions that only read the array they are given. */
const READS_ARRAY = new Set(["readU16BE", "readU16LE", "readU32BE", "readU32LE", "bytesEqual"]);

/**
 * True when every use of the module-level array `sym` only reads it: an element read, its
 * length, a for-of, or an argument the callee only reads (an API `data` parameter, readU16BE,
 * bytesEqual). Anything else (a store, fill, a program function, subarray) may write it.
 */
function onlyRead(p: Program, sym: ts.Symbol, files: readonly ts.SourceFile[]): boolean {
    let ok = true;
    const isTarget = (n: ts.Node): boolean => {
        const up = n.parent;
        return (ts.isBinaryExpression(up) && up.left === n && up.operatorToken.kind >= ts.SyntaxKind.FirstAssignment
            && up.operatorToken.kind <= ts.SyntaxKind.LastAssignment)
            || ((ts.isPrefixUnaryExpression(up) || ts.isPostfixUnaryExpression(up))
                && (up.operator === ts.SyntaxKind.PlusPlusToken || up.operator === ts.SyntaxKind.MinusMinusToken));
    };
    const readOnlyUse = (id: ts.Identifier): boolean => {
        const up = id.parent;
        if (ts.isVariableDeclaration(up) && up.name === id) {
            return true;
        }
        if (ts.isElementAccessExpression(up) && up.expression === id) {
            return !isTarget(up);
        }
        if (ts.isPropertyAccessExpression(up) && up.expression === id) {
            return up.name.text === "length";
        }
        if (ts.isForOfStatement(up) && up.expression === id) {
            return true;
        }
        if (ts.isCallExpression(up) && up.arguments.includes(id)) {
            const at = up.arguments.indexOf(id);
            if (ts.isIdentifier(up.expression) && READS_ARRAY.has(up.expression.text)) {
                const decl = p.r.symbolOf(up.expression)?.declarations?.[0];
                return decl !== undefined && p.r.isApiDecl(decl) && (at === 0 || up.expression.text === "bytesEqual");
            }
            if (ts.isPropertyAccessExpression(up.expression)) {
                const ref = p.r.api(up.expression.name);
                return ref?.k === "method" && ref.binding?.params[at]?.k === "data";
            }
        }
        return false;
    };
    const visit = (n: ts.Node): void => {
        if (ok && ts.isIdentifier(n) && p.r.symbolOf(n) === sym && !readOnlyUse(n)) {
            ok = false;
        }
        if (ok) {
            ts.forEachChild(n, visit);
        }
    };
    files.forEach(visit);
    return ok;
}

function isConstantExpr(e: Expr): boolean {
    switch (e.k) {
    case "int": case "float": case "bool": case "str": case "const": case "null":
        return true;
    case "cast":
        return isConstantExpr(e.e);
    default:
        return false;
    }
}

function unparenNull(e: ts.Expression): boolean {
    let x = e;
    while (ts.isParenthesizedExpression(x)) {
        x = x.expression;
    }
    return x.kind === ts.SyntaxKind.NullKeyword;
}

/**
 * The program as `lower` sees it: every declaration of every program file (functions,
 * classes, enums, module-level variables) with its C name and type, decided once before
 * any body is lowered so that order of declaration never matters. Also the one place that
 * turns a TypeScript type annotation into a C type.
 */
import * as path from "node:path";
import { ts } from "ts-morph";
import { Resolver } from "../check/resolve";
import { diag, Diagnostic, InternalError, Span } from "../diagnostics/diagnostic";
import { MessageId } from "../diagnostics/catalog";
import { EnumDef, Feature, Func, StructDef, T, Ty, Var } from "../ir/ir";
import { Loaded, spanOf } from "../load/load";
import { classes, enums } from "../riot/bindings";
import { Range } from "./ints";
import type { NumberTypes } from "./numbers";

/**
 * Of the functions `fns` (by symbol), those whose every use in `files` is a direct call
 * (`f(x)`): not passed as a handler, stored or exported as a value. Their call sites are all
 * their callers.
 */
export function onlyCalledDirectly(files: readonly ts.SourceFile[], symbolOf: (n: ts.Node) => ts.Symbol | undefined,
    fns: Iterable<ts.Symbol>): Set<ts.Symbol> {
    const out = new Set(fns);
    const visit = (n: ts.Node): void => {
        if (ts.isIdentifier(n)) {
            const sym = symbolOf(n);
            const up = n.parent;
            if (sym && out.has(sym) && !(ts.isFunctionDeclaration(up) && up.name === n)
                && !(ts.isCallExpression(up) && up.expression === n)) {
                out.delete(sym);
            }
        }
        ts.forEachChild(n, visit);
    };
    files.forEach(visit);
    return out;
}

/** The integer types of runtime/api/lang.ts, by name. */
export const INT_TYPES: Readonly<Record<string, Ty>> = {
    i8: T.i8, i16: T.i16, i32: T.i32, u8: T.u8, u16: T.u16, u32: T.u32,
};

/** The typed arrays riotscript supports and their element types. */
export const TYPED_ARRAYS: Readonly<Record<string, Ty>> = {
    Uint8Array: T.u8, Int8Array: T.i8, Uint16Array: T.u16, Int16Array: T.i16,
    Uint32Array: T.u32, Int32Array: T.i32, Float64Array: T.f64,
};

export interface FieldInfo {
    readonly name: string;
    readonly ty: Ty;
    readonly decl: ts.PropertyDeclaration;
}

export interface ClassInfo {
    readonly name: string;
    readonly c: string;
    readonly decl: ts.ClassDeclaration | ts.InterfaceDeclaration;
    readonly fields: Map<string, FieldInfo>;
    readonly methods: Map<string, Func>;
    ctor?: Func;
    def?: StructDef;
}

export interface EnumInfo {
    readonly name: string;
    readonly ty: Ty;
    readonly members: Map<string, { readonly c: string; readonly value: bigint }>;
    readonly def: EnumDef;
    /** A string enum: each member's string, by its C value (declaration order). */
    readonly strings?: readonly string[];
}

export class Program {
    readonly r: Resolver;
    readonly diagnostics: Diagnostic[] = [];
    readonly vars = new Map<ts.Symbol, Var>();
    readonly funcs = new Map<ts.Symbol, Func>();
    readonly classes = new Map<ts.Symbol, ClassInfo>();
    readonly enums = new Map<ts.Symbol, EnumInfo>();
    /** Functions that print, call the RIOT API, or store outside their own locals. */
    readonly effects = new Set<Func>();
    /** Views whose length is known at compile time. */
    readonly viewLens = new Map<Var, number>();
    /** The values in an `as const` table, for the range of an element read from it. */
    readonly tableRanges = new Map<Var, Range>();
    /** Compile-time values of module-level integer constants. */
    readonly constValues = new Map<Var, bigint>();
    /** Ranges of lowered expressions, for facts read off conditions. */
    readonly ranges = new WeakMap<object, Range>();
    readonly includes = new Set<string>();
    readonly features = new Set<Feature>();
    /** Static helpers the file needs: `_index`, `_to_int32`. */
    readonly helpers = new Set<string>();
    /** The string enums, by their C type: what each value prints as. */
    readonly stringEnums = new Map<string, { readonly strings: readonly string[]; readonly consts: readonly string[] }>();
    /** The stand-in variables for fields in the facts, by object variable and field name. */
    private readonly fieldVars = new Map<Var, Map<string, Var>>();
    /**
     * Parameter ranges from the call sites, for functions only ever called directly (not
     * exported, not handlers): the union of what every call passes. `argRanges` collects them
     * while a lowering runs; `paramRanges` is what the next lowering assumes.
     */
    argRanges = new Map<Var, Range>();
    paramRanges = new Map<Var, Range>();
    /** For view parameters: the longest array any call passes (Infinity: unknown), and what a lowering assumes. */
    argLens = new Map<Var, number>();
    viewMaxLens = new Map<Var, number>();
    /** The same for results: what each function's returns give (`returned`), and what a call assumes (`results`). */
    returned = new Map<Func, Range>();
    results = new Map<Func, Range>();
    checksRemoved = 0;
    checksKept = 0;
    /** credmanAddPsk calls: the credentials credman must have room for. */
    credentials = 0;
    /**
     * The largest plaintext a DtlsSock.send may pass, in bytes (the capacity of the arrays it
     * sends from), or "unknown" when one sends from a view of unknown length.
     */
    dtlsRecord: number | "unknown" = 0;
    private readonly takenNames = new Map<string, ts.Node>();

    /** What each integer-valued `number` annotation lowers as (numbers.ts); the rest are doubles. */
    constructor(readonly loaded: Loaded, private readonly numbers: NumberTypes = new Map()) {
        this.r = new Resolver(loaded.checker, loaded.runtimeDir);
    }

    span(node: ts.Node): Span {
        return spanOf(node, this.loaded.displayPath);
    }

    fail(node: ts.Node, what: string): never {
        throw new InternalError(what, this.span(node));
    }

    report(id: MessageId, node: ts.Node, ...args: string[]): void {
        this.reportAt(id, this.span(node), ...args);
    }

    reportAt(id: MessageId, span: Span, ...args: string[]): void {
        const d = diag(id, span, ...args);
        // an outer expression may find what an inner one already reported
        if (!this.diagnostics.some((x) => x.code === d.code && x.span?.line === d.span?.line)) {
            this.diagnostics.push(d);
        }
    }

    /** Where each feature was first used, for diagnostics about a board's stack. */
    readonly featureSpans = new Map<Feature, Span>();

    use(features: readonly Feature[], header?: string, at?: Span): void {
        features.forEach((f) => {
            this.features.add(f);
            if (at && !this.featureSpans.has(f)) {
                this.featureSpans.set(f, at);
            }
        });
        if (header) {
            this.includes.add(header);
        }
    }

    /**
     * What a lowering adds to the program's state (diagnostics, check counts, what the C needs,
     * the ranges calls pass and functions return), so that a lowering can be thrown away:
     * the function puts it all back as it is now.
     */
    snapshot(): () => void {
        const saved = { diagnostics: this.diagnostics.length, kept: this.checksKept, removed: this.checksRemoved,
            credentials: this.credentials, dtls: this.dtlsRecord, args: new Map(this.argRanges), lens: new Map(this.argLens),
            returned: new Map(this.returned), includes: new Set(this.includes), features: new Set(this.features),
            helpers: new Set(this.helpers) };
        const refill = <T>(set: Set<T>, was: Set<T>) => {
            set.clear();
            was.forEach((x) => set.add(x));
        };
        return () => {
            this.diagnostics.length = saved.diagnostics;
            this.checksKept = saved.kept;
            this.checksRemoved = saved.removed;
            this.credentials = saved.credentials;
            this.dtlsRecord = saved.dtls;
            this.argRanges = new Map(saved.args);
            this.argLens = new Map(saved.lens);
            this.returned = new Map(saved.returned);
            refill(this.includes, saved.includes);
            refill(this.features, saved.features);
            refill(this.helpers, saved.helpers);
        };
    }

    symbol(node: ts.Node): ts.Symbol {
        const sym = this.r.symbolOf(node);
        if (!sym) {
            this.fail(node, "no symbol");
        }
        return sym;
    }

    /**
     * A C name for a module-level TypeScript name: kept as is, unless another program file
     * already uses it, then prefixed with the file's name (`crc_table`).
     */
    cName(name: string, node: ts.Node): string {
        const owner = this.takenNames.get(name);
        if (owner === undefined || owner === node) {
            this.takenNames.set(name, node);
            return name;
        }
        const file = node.getSourceFile().fileName;
        const base = path.basename(file, ".ts").replace(/[^A-Za-z0-9_]/g, "_");
        let candidate = owner.getSourceFile().fileName === file ? `${name}_2` : `${base}_${name}`;
        for (let n = 3; this.takenNames.has(candidate) && this.takenNames.get(candidate) !== node; n++) {
            candidate = `${name}_${n}`;
        }
        this.takenNames.set(candidate, node);
        return candidate;
    }

    /** The variable that stands for `obj.field` in the facts. */
    fieldFact(obj: Var, field: string, ty: Ty, span: Span): Var {
        let m = this.fieldVars.get(obj);
        if (!m) {
            m = new Map();
            this.fieldVars.set(obj, m);
        }
        let v = m.get(field);
        if (!v) {
            v = { name: `.${field}`, ty, scope: "global", span };
            m.set(field, v);
        }
        return v;
    }

    /** True if `v` is named anywhere in `body`. */
    references(body: ts.Node, v: Var): boolean {
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

    varOf(id: ts.Node): Var | undefined {
        const sym = this.r.symbolOf(id);
        return sym ? this.vars.get(sym) : undefined;
    }

    classOf(node: ts.Node): ClassInfo | undefined {
        const sym = this.r.symbolOf(node);
        return sym ? this.classes.get(sym) : undefined;
    }

    enumOf(node: ts.Node): EnumInfo | undefined {
        const sym = this.r.symbolOf(node);
        return sym ? this.enums.get(sym) : undefined;
    }

    /** The program class whose C struct type is `c`. */
    classByC(c: string): ClassInfo | undefined {
        for (const info of this.classes.values()) {
            if (info.c === c) {
                return info;
            }
        }
        return undefined;
    }

    /**
     * The C type of a type annotation. `as` is where the type is used: a parameter takes
     * objects by pointer and typed arrays as views.
     */
    tyOfTypeNode(node: ts.TypeNode, as: "value" | "param"): Ty | undefined {
        switch (node.kind) {
        case ts.SyntaxKind.NumberKeyword: return this.numbers.get(node) ?? T.f64;
        case ts.SyntaxKind.BooleanKeyword: return T.bool;
        case ts.SyntaxKind.VoidKeyword: return T.void;
        case ts.SyntaxKind.StringKeyword: return T.str;
        default: break;
        }
        if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword) {
            return T.voidPtr;
        }
        if (ts.isArrayTypeNode(node) && as === "param") {
            const elem = this.tyOfTypeNode(node.elementType, "value");
            return elem ? { k: "view", elem } : undefined;
        }
        if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) {
            const inner = this.tyOfTypeNode(node.type, as);
            // `readonly u8[]` takes `as const` tables, which live in flash: a `const uint8_t *`
            return inner?.k === "view" ? { ...inner, readonly: true } : inner;
        }
        if (!ts.isTypeReferenceNode(node)) {
            return undefined;
        }
        const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
        const sym = this.r.symbolOf(node.typeName);
        // `u8` is both a type and a function: the type alias is the declaration that counts here
        const decl = sym?.declarations?.find((d) => ts.isTypeAliasDeclaration(d)) ?? sym?.declarations?.[0];
        if (decl && this.r.isApiDecl(decl)) {
            if (ts.isTypeAliasDeclaration(decl)) {
                return name === "f64" ? T.f64 : INT_TYPES[name];
            }
            const cls = classes[name];
            if (cls) {
                const st: Ty = { k: "struct", c: cls.c };
                return as === "param" && cls.paramAs === "pointer" ? { k: "ptr", to: st } : st;
            }
            const en = enums[name];
            if (en) {
                this.use([], en.header);
                return en.ty;
            }
            return undefined;
        }
        if (TYPED_ARRAYS[name] && (!decl || decl.getSourceFile().isDeclarationFile)) {
            return { k: "view", elem: TYPED_ARRAYS[name] };
        }
        if (sym) {
            const info = this.classes.get(sym);
            if (info) {
                const st: Ty = { k: "struct", c: info.c };
                return as === "param" ? { k: "ptr", to: st } : st;
            }
            const en = this.enums.get(sym);
            if (en) {
                return en.ty;
            }
        }
        return undefined;
    }
}

/** True if `node` is `outer` or inside it. */
export function isInside(node: ts.Node, outer: ts.Node): boolean {
    for (let n: ts.Node | undefined = node; n; n = n.parent) {
        if (n === outer) {
            return true;
        }
    }
    return false;
}

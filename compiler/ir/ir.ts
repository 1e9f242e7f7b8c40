/**
 * The intermediate representation between `lower` and `emit`: a small, typed, C-shaped
 * tree. No TypeScript node crosses into it; every node carries the source span it came
 * from, so that even a late error can point at the .ts line.
 */
import { Span } from "../diagnostics/diagnostic";

/** C types. `c` is the exact C spelling, so RIOT typedefs (ssize_t, ...) survive. */
export type Ty =
    | { readonly k: "void" }
    | { readonly k: "bool" }
    /** An integer. `bits` is the width riotscript relies on (int is 32: see docs/language.md). */
    | { readonly k: "int"; readonly c: string; readonly bits: number; readonly signed: boolean }
    | { readonly k: "f64" }
    | { readonly k: "str" }
    | { readonly k: "array"; readonly elem: Ty; readonly len: number }
    /** A typed-array view: a pointer and an element count, `name` and `name_len` in C. */
    | { readonly k: "view"; readonly elem: Ty; /** `readonly T[]`: a `const T *` */ readonly readonly?: boolean }
    /** A struct held by value: a RIOT object (`sock_udp_t`) or a program class (`point_t`). */
    | { readonly k: "struct"; readonly c: string }
    | { readonly k: "ptr"; readonly to: Ty };

const int = (c: string, bits: number, signed: boolean): Ty => ({ k: "int", c, bits, signed });

export const T = {
    void: { k: "void" } as Ty,
    bool: { k: "bool" } as Ty,
    f64: { k: "f64" } as Ty,
    /** C's `int`, what narrower integers promote to. */
    int: int("int", 32, true),
    i8: int("int8_t", 8, true),
    i16: int("int16_t", 16, true),
    i32: int("int32_t", 32, true),
    i64: int("int64_t", 64, true),
    u8: int("uint8_t", 8, false),
    u16: int("uint16_t", 16, false),
    u32: int("uint32_t", 32, false),
    ssize: int("ssize_t", 32, true),
    size: int("size_t", 32, false),
    /** C's `unsigned`. */
    uint: int("unsigned", 32, false),
    voidPtr: { k: "ptr", to: { k: "void" } } as Ty,
    str: { k: "str" } as Ty,
};

/** A variable: module-level (static), a local or a parameter. */
export interface Var {
    readonly name: string;
    readonly ty: Ty;
    readonly scope: "global" | "local" | "param";
    readonly span: Span;
    /** Module-level tables that never change: `static const`. */
    readonly isConst?: boolean;
    /** A method's `self`: named as is, whatever the program calls its own variables. */
    readonly isReceiver?: boolean;
}

export type Expr =
    | { readonly k: "int"; readonly value: bigint; readonly ty: Ty; readonly span: Span;
        readonly hex?: boolean }
    | { readonly k: "float"; readonly value: number; readonly span: Span }
    | { readonly k: "bool"; readonly value: boolean; readonly span: Span }
    | { readonly k: "str"; readonly value: string; readonly span: Span }
    | { readonly k: "null"; readonly span: Span }
    | { readonly k: "var"; readonly v: Var; readonly span: Span }
    /** A C constant or macro from a RIOT header (`SOCK_ASYNC_MSG_RECV`, `EAGAIN`). */
    | { readonly k: "const"; readonly c: string; readonly ty: Ty; readonly span: Span }
    | { readonly k: "call"; readonly fn: string; readonly args: readonly Expr[]; readonly ty: Ty;
        readonly span: Span }
    /** A call of one of the program's own functions. */
    | { readonly k: "ucall"; readonly fn: Func; readonly args: readonly Expr[]; readonly ty: Ty;
        readonly span: Span }
    /**
     * printf with a format assembled by lower; `fmt` holds literal text and PRI macros. With
     * `into`, the text goes to `ptr` instead, at most `cap` bytes, through `_write_text` (at
     * most `max` bytes are formatted), and the value is the count written (`size_t`).
     */
    | { readonly k: "printf"; readonly fmt: readonly FmtPart[]; readonly args: readonly Expr[];
        readonly into?: { readonly ptr: Expr; readonly cap: Expr; readonly max: number }; readonly span: Span }
    | { readonly k: "binary"; readonly op: BinaryOp; readonly l: Expr; readonly r: Expr;
        readonly ty: Ty; readonly span: Span }
    | { readonly k: "unary"; readonly op: "-" | "~" | "!"; readonly e: Expr; readonly ty: Ty;
        readonly span: Span }
    | { readonly k: "cond"; readonly c: Expr; readonly a: Expr; readonly b: Expr; readonly ty: Ty;
        readonly span: Span }
    | { readonly k: "addr"; readonly e: Expr; readonly span: Span }
    /**
     * The address of a PSK credential for credman_add, as a compound literal whose strings
     * are static: `&(const credman_credential_t){ .type = CREDMAN_TYPE_PSK, ... }`.
     */
    | { readonly k: "pskCredential"; readonly tag: Expr; readonly key: string; readonly id: string;
        readonly span: Span }
    /** `e.field`, or `e->field` when `e` is a pointer. */
    | { readonly k: "field"; readonly e: Expr; readonly field: string; readonly ty: Ty;
        readonly span: Span }
    /** `a[i]`; with `check`, the index goes through `_index()` first. */
    | { readonly k: "index"; readonly a: Expr; readonly i: Expr; readonly ty: Ty;
        readonly check?: { readonly len: Expr; readonly where: string; readonly wide?: boolean };
        readonly span: Span }
    /** The element count of a view: `name_len`. */
    | { readonly k: "len"; readonly v: Var; readonly span: Span }
    | { readonly k: "sizeof"; readonly e: Expr; readonly span: Span }
    /** `exact`: the value is known to fit, so the cast only changes the C type. */
    | { readonly k: "cast"; readonly to: Ty; readonly e: Expr; readonly span: Span; readonly exact?: boolean }
    /** A float converted to an integer with JavaScript's ToInt32/ToUint32 (a static helper). */
    | { readonly k: "toint"; readonly to: Ty; readonly e: Expr; readonly span: Span }
    | { readonly k: "fnref"; readonly fn: Func; readonly span: Span }
    /** C's comma operator: each item in order, the value of the last. */
    | { readonly k: "seq"; readonly items: readonly Expr[]; readonly ty: Ty; readonly span: Span }
    /** An assignment used inside a `seq`. */
    | { readonly k: "store"; readonly target: Expr; readonly e: Expr; readonly span: Span }
    /** `_index(i, len, where)` for its check alone. */
    | { readonly k: "boundscheck"; readonly i: Expr; readonly len: Expr; readonly where: string;
        readonly span: Span };

/** A piece of a printf format: literal text, or a macro such as PRId32 spliced in. */
export type FmtPart = { readonly text: string } | { readonly macro: string };

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "&" | "|" | "^" | "<<" | ">>"
    | "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||";

/** How a local is initialised. */
export type Init =
    | { readonly k: "expr"; readonly e: Expr }
    /** All-zero (`= { 0 }`), or nothing at all when the compiler proved it is written first. */
    | { readonly k: "zero"; readonly uninitialised: boolean }
    /** A RIOT initializer macro followed by field stores: `ep = SOCK_IPV6_EP_ANY; ep.port = 1;`. */
    | { readonly k: "macro"; readonly c: string; readonly fields: readonly [string, Expr][] }
    /** A view: pointer and length. */
    | { readonly k: "view"; readonly ptr: Expr; readonly len: Expr }
    /** A constant table: `{ 1, 2, 3 }`. */
    | { readonly k: "list"; readonly items: readonly Expr[] };

export type Stmt =
    | { readonly k: "local"; readonly v: Var; readonly init: Init; readonly span: Span }
    | { readonly k: "expr"; readonly e: Expr; readonly span: Span }
    | { readonly k: "assign"; readonly target: Expr; readonly op?: BinaryOp; readonly e: Expr;
        readonly span: Span }
    | { readonly k: "if"; readonly cond: Expr; readonly then: readonly Stmt[];
        readonly else?: readonly Stmt[]; readonly span: Span }
    | { readonly k: "while"; readonly cond: Expr; readonly body: readonly Stmt[];
        readonly label?: Label; readonly span: Span }
    | { readonly k: "do"; readonly cond: Expr; readonly body: readonly Stmt[];
        readonly label?: Label; readonly span: Span }
    | { readonly k: "for"; readonly init: readonly Stmt[]; readonly cond?: Expr;
        readonly step: readonly Stmt[]; readonly body: readonly Stmt[]; readonly label?: Label;
        readonly span: Span }
    | { readonly k: "switch"; readonly e: Expr; readonly cases: readonly Case[];
        readonly label?: Label; readonly span: Span }
    /** `break`/`continue`; with a label (of an outer loop), a `goto` in C. */
    | { readonly k: "break" | "continue"; readonly label?: string; readonly span: Span }
    | { readonly k: "block"; readonly body: readonly Stmt[]; readonly span: Span }
    | { readonly k: "return"; readonly e?: Expr; readonly span: Span };

/** A labelled statement's targets: `name_continue:` / `name_break:` when a goto needs them. */
export interface Label {
    readonly name: string;
    breakUsed: boolean;
    continueUsed: boolean;
}

export interface Case {
    /** Empty for `default`. */
    readonly values: readonly Expr[];
    readonly isDefault: boolean;
    readonly body: readonly Stmt[];
}

export interface Func {
    readonly name: string;
    readonly params: readonly Var[];
    readonly ret: Ty;
    body: Stmt[];
    /** The program entry: emitted as `int main(void)`. */
    readonly isMain: boolean;
    /** A method or constructor, named by lowering after its class (Point_add). */
    readonly isMethod?: boolean;
    readonly span: Span;
}

export interface Global {
    readonly v: Var;
    /** Constant tables carry their contents. */
    readonly init?: Init;
    readonly span: Span;
}

/** A program class or interface: a C struct typedef. */
export interface StructDef {
    readonly c: string;
    readonly fields: readonly { readonly name: string; readonly ty: Ty }[];
    readonly span: Span;
}

/** A program enum: a C enum typedef. */
export interface EnumDef {
    readonly c: string;
    readonly members: readonly { readonly c: string; readonly value: bigint }[];
    readonly span: Span;
}

/** One C translation unit and what it needs from RIOT. */
export interface Module {
    /** The entry file's display path, for the header comment. */
    readonly source: string;
    readonly enums: readonly EnumDef[];
    readonly structs: readonly StructDef[];
    readonly globals: readonly Global[];
    readonly funcs: readonly Func[];
    /** Headers, in first-use order: `<stdio.h>` style for system ones, plain for RIOT's. */
    readonly includes: readonly string[];
    /** What the program uses, for module inference (see targets/riot/app.ts). */
    readonly features: readonly Feature[];
    /** credman credentials the program adds: credman's pool is sized to fit them. */
    readonly credentials?: number;
    /** The largest plaintext DtlsSock.send may pass (bytes): tinydtls's record buffer must hold it. */
    readonly dtlsRecord?: number;
    /** Number of bounds checks the compiler proved unnecessary and left out. */
    readonly checksRemoved: number;
    readonly checksKept: number;
    /** Static helper functions the file needs (`_index`, `_to_int32`). */
    readonly helpers: readonly string[];
    /** Where some features were first used (`ipv4`: UdpEndpoint.ipv4Any), for stack diagnostics. */
    readonly featureSpans?: ReadonlyMap<Feature, Span>;
    /** An upper bound of the main thread's stack use: its deepest call chain (see lower/calls.ts). */
    readonly stack?: { readonly bytes: number; readonly chain: readonly string[] };
}

/** The longest endpoint text `_ep_str` writes: "[" IPv6 (45) "%65535" "]:65535". */
export const EP_TEXT_MAX = 1 + 45 + 6 + 1 + 6;

/** Capabilities a program uses; each maps to RIOT modules per network stack. */
export type Feature = "sock_udp" | "sock_tcp" | "sock_ip" | "sock_dtls" | "sock_async_event" | "sock_util" | "ipv6" | "ipv4" | "event"
    | "stdio" | "panic" | "float" | "event_callback" | "event_timeout" | "event_periodic" | "ztimer_usec"
    | "ztimer_msec" | "ztimer_sec" | "printf64" | "credman" | "addr_str";

/** The C type of an expression. */
export function exprType(e: Expr): Ty {
    switch (e.k) {
    case "int": case "const": case "call": case "binary": case "unary": case "field": case "ucall":
    case "cond": case "index": case "seq":
        return e.ty;
    case "float": return T.f64;
    case "bool": return T.bool;
    case "str": return T.str;
    case "null": return T.voidPtr;
    case "var": return e.v.ty;
    case "len": return T.size;
    case "addr": return { k: "ptr", to: exprType(e.e) };
    case "pskCredential": return { k: "ptr", to: { k: "struct", c: "credman_credential_t" } };
    case "sizeof": return T.size;
    case "cast": case "toint": return e.to;
    case "fnref": return T.voidPtr;
    case "printf": return e.into ? T.size : T.int;
    case "store": case "boundscheck": return T.void;
    }
}

/** Calls `f` on each direct sub-expression of `e`. */
export function forEachChildExpr(e: Expr, f: (e: Expr) => void): void {
    switch (e.k) {
    case "call": case "ucall": e.args.forEach(f); return;
    case "printf": if (e.into) { f(e.into.ptr); f(e.into.cap); } e.args.forEach(f); return;
    case "binary": f(e.l); f(e.r); return;
    case "unary": case "addr": case "field": case "sizeof": case "cast": case "toint": f(e.e); return;
    case "cond": f(e.c); f(e.a); f(e.b); return;
    case "index": f(e.a); f(e.i); if (e.check) { f(e.check.len); } return;
    case "seq": e.items.forEach(f); return;
    case "store": f(e.target); f(e.e); return;
    case "boundscheck": f(e.i); f(e.len); return;
    default: return;
    }
}

/** Calls `f` on each top-level expression of the statements, `target` on assignment targets. */
export function forEachExpr(stmts: readonly Stmt[], f: (e: Expr) => void, target: (e: Expr) => void = f): void {
    for (const s of stmts) {
        switch (s.k) {
        case "local":
            if (s.init.k === "expr") {
                f(s.init.e);
            } else if (s.init.k === "macro") {
                s.init.fields.forEach(([, e]) => f(e));
            } else if (s.init.k === "view") {
                f(s.init.ptr);
                f(s.init.len);
            }
            break;
        case "expr": f(s.e); break;
        case "assign":
            if (s.op) {
                f(s.target); // x += e reads x
            } else {
                target(s.target);
            }
            f(s.e);
            break;
        case "if": f(s.cond); forEachExpr(s.then, f, target); forEachExpr(s.else ?? [], f, target); break;
        case "return": if (s.e) { f(s.e); } break;
        case "block": forEachExpr(s.body, f, target); break;
        case "while": case "do": f(s.cond); forEachExpr(s.body, f, target); break;
        case "for":
            forEachExpr(s.init, f, target);
            if (s.cond) {
                f(s.cond);
            }
            forEachExpr(s.step, f, target);
            forEachExpr(s.body, f, target);
            break;
        case "switch": f(s.e); s.cases.forEach((c) => { c.values.forEach(f); forEachExpr(c.body, f, target); }); break;
        default: break;
        }
    }
}

/** Calls `f` on every statement, nested ones included. */
export function forEachStmt(stmts: readonly Stmt[], f: (s: Stmt) => void): void {
    for (const s of stmts) {
        f(s);
        switch (s.k) {
        case "if": forEachStmt(s.then, f); forEachStmt(s.else ?? [], f); break;
        case "block": case "while": case "do": forEachStmt(s.body, f); break;
        case "for": forEachStmt(s.init, f); forEachStmt(s.step, f); forEachStmt(s.body, f); break;
        case "switch": s.cases.forEach((c) => forEachStmt(c.body, f)); break;
        default: break;
        }
    }
}

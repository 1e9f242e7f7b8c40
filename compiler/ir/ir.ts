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
    | { readonly k: "int"; readonly c: string; readonly bits: number; readonly signed: boolean }
    | { readonly k: "str" }
    | { readonly k: "array"; readonly elem: Ty; readonly len: number }
    /** A RIOT object held by value (`sock_udp_t`, `event_queue_t`, `sock_udp_ep_t`). */
    | { readonly k: "struct"; readonly c: string }
    | { readonly k: "ptr"; readonly to: Ty };

export const T = {
    void: { k: "void" } as Ty,
    bool: { k: "bool" } as Ty,
    int: { k: "int", c: "int", bits: 32, signed: true } as Ty,
    i32: { k: "int", c: "int32_t", bits: 32, signed: true } as Ty,
    ssize: { k: "int", c: "ssize_t", bits: 64, signed: true } as Ty,
    size: { k: "int", c: "size_t", bits: 64, signed: false } as Ty,
    u8: { k: "int", c: "uint8_t", bits: 8, signed: false } as Ty,
    u16: { k: "int", c: "uint16_t", bits: 16, signed: false } as Ty,
    u32: { k: "int", c: "uint32_t", bits: 32, signed: false } as Ty,
    voidPtr: { k: "ptr", to: { k: "void" } } as Ty,
    str: { k: "str" } as Ty,
};

/** A variable: module-level (static), a local or a parameter. */
export interface Var {
    readonly name: string;
    readonly ty: Ty;
    readonly scope: "global" | "local" | "param";
    readonly span: Span;
    /** For a parameter the function never reads: emitted as `(void)name;`. */
    unused?: boolean;
}

export type Expr =
    | { readonly k: "int"; readonly value: bigint; readonly ty: Ty; readonly span: Span }
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
    /** printf with a format assembled by lower; `fmt` holds literal text and PRI macros. */
    | { readonly k: "printf"; readonly fmt: readonly FmtPart[]; readonly args: readonly Expr[];
        readonly span: Span }
    | { readonly k: "binary"; readonly op: BinaryOp; readonly l: Expr; readonly r: Expr;
        readonly ty: Ty; readonly span: Span }
    | { readonly k: "unary"; readonly op: "-" | "~" | "!"; readonly e: Expr; readonly ty: Ty;
        readonly span: Span }
    | { readonly k: "addr"; readonly e: Expr; readonly span: Span }
    | { readonly k: "field"; readonly e: Expr; readonly field: string; readonly ty: Ty;
        readonly span: Span }
    | { readonly k: "sizeof"; readonly e: Expr; readonly span: Span }
    | { readonly k: "cast"; readonly to: Ty; readonly e: Expr; readonly span: Span }
    | { readonly k: "fnref"; readonly fn: Func; readonly span: Span };

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
    | { readonly k: "macro"; readonly c: string; readonly fields: readonly [string, Expr][] };

export type Stmt =
    | { readonly k: "local"; readonly v: Var; readonly init: Init; readonly span: Span }
    | { readonly k: "expr"; readonly e: Expr; readonly span: Span }
    | { readonly k: "assign"; readonly target: Expr; readonly e: Expr; readonly span: Span }
    | { readonly k: "if"; readonly cond: Expr; readonly then: readonly Stmt[];
        readonly else?: readonly Stmt[]; readonly span: Span }
    | { readonly k: "return"; readonly e?: Expr; readonly span: Span }
    /** A run-time check that stops the program with a message naming the .ts line. */
    | { readonly k: "check"; readonly failIf: Expr; readonly message: string; readonly span: Span };

export interface Func {
    readonly name: string;
    readonly params: readonly Var[];
    readonly ret: Ty;
    body: Stmt[];
    /** The program entry: emitted as `int main(void)`. */
    readonly isMain: boolean;
    readonly span: Span;
}

export interface Global {
    readonly v: Var;
    readonly span: Span;
}

/** One C translation unit and what it needs from RIOT. */
export interface Module {
    /** The entry file's display path, for the header comment. */
    readonly source: string;
    readonly globals: readonly Global[];
    readonly funcs: readonly Func[];
    /** Headers, in first-use order: `<stdio.h>` style for system ones, plain for RIOT's. */
    readonly includes: readonly string[];
    /** What the program uses, for module inference (see targets/riot/app.ts). */
    readonly features: readonly Feature[];
    /** Number of bounds checks the compiler proved unnecessary and left out. */
    readonly checksRemoved: number;
    readonly checksKept: number;
}

/** Capabilities a program uses; each maps to RIOT modules per network stack. */
export type Feature = "sock_udp" | "sock_async_event" | "sock_util" | "ipv6" | "ipv4" | "event"
    | "stdio" | "panic";

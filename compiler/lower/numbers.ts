/**
 * Integer-valued `number`s. TypeScript users write `number` for counters, indexes and digit
 * loops; as a C `double` that costs `fmod` and soft-float on a Cortex-M. Where a `number`
 * declaration provably only ever holds integers within 2^53, it is lowered as an integer of
 * the width its values need, and behaves exactly as the double would:
 *
 * - every value stored into it must type as an integer: a float flowing in is an error of
 *   the integer lowering (RS2105), and so is the integer flowing out into a float, so -0 (the
 *   only double an integer op makes that an integer cannot hold) is never observable: it
 *   compares, indexes and prints as 0, and division, the one thing that tells, is a float;
 * - integer arithmetic is already exact in riotscript (a result beyond 2^53 is RS2102, one
 *   that may not fit its store is RS2101, a divisor that may be zero is RS2104), so NaN and
 *   Infinity never arise.
 *
 * The candidates are the `: number` annotations of local and module-level variables, of
 * function results, and of the parameters of functions whose every call is in the program.
 * Each starts as `i32`; a lowering's errors that name a candidate widen it (i32, u32, i64,
 * then double, as written), and the program is lowered again, until it lowers cleanly. One
 * that is given a fraction literal starts as a double. A program that does not lower cleanly
 * even so is lowered with every `number` a double: its errors are those of the program as
 * written.
 */
import { ts } from "ts-morph";
import { catalog } from "../diagnostics/catalog";
import { Diagnostic } from "../diagnostics/diagnostic";
import { T, Ty } from "../ir/ir";
import { Loaded } from "../load/load";
import { Resolver } from "../check/resolve";
import { onlyCalledDirectly } from "./program";

/** What each integer-valued `number` annotation lowers as, by its `number` keyword node. */
export type NumberTypes = ReadonlyMap<ts.Node, Ty>;

const LEVELS: readonly Ty[] = [T.i32, T.u32, T.i64, T.f64];
const DOUBLE = LEVELS.length - 1;
/** RS2101: a store that may not fit widens what is stored into, not what the value is made of. */
const STORE_MAY_NOT_FIT = catalog.IntegerMayNotFit.code;
/** Widening rounds before giving up on integers: each widens at least one candidate. */
const MAX_ROUNDS = 10;

interface Candidate {
    /** The `number` keyword of the annotation. */
    readonly type: ts.TypeNode;
    level: number;
}

/** The candidates, and what names them in the program. */
interface Candidates {
    readonly all: Candidate[];
    /** A variable's or parameter's candidate, by its symbol. */
    readonly bySymbol: Map<ts.Symbol, Candidate>;
    /** A function's result and parameters (undefined: not a candidate), by its symbol. */
    readonly byFunction: Map<ts.Symbol, { readonly result?: Candidate; readonly params: (Candidate | undefined)[] }>;
    /** A function's result candidate, by its declaration, for its `return`s. */
    readonly resultOf: Map<ts.Node, Candidate>;
    readonly symbolOf: (n: ts.Node) => ts.Symbol | undefined;
}

/**
 * Lowers the program with its integer-valued `number`s found: `attempt` lowers it once with
 * the types given, and returns its diagnostics (all errors).
 */
export function withIntegerNumbers<R extends { readonly diagnostics: readonly Diagnostic[] }>(
    loaded: Loaded, attempt: (types: NumberTypes) => R): R {
    const c = candidates(loaded);
    if (c.all.length === 0) {
        return attempt(new Map());
    }
    const files = new Map(loaded.programFiles.map((sf) => [loaded.displayPath(sf.fileName), sf]));
    for (let round = 0; round < MAX_ROUNDS; round++) {
        let r: R;
        try {
            r = attempt(new Map(c.all.map((x) => [x.type, LEVELS[x.level]])));
        } catch {
            break; // the program as written decides what is reported
        }
        if (r.diagnostics.length === 0) {
            return r;
        }
        const widen = new Set<Candidate>();
        for (const d of r.diagnostics) {
            const sf = d.span ? files.get(d.span.file) : undefined;
            if (sf && d.span) {
                blame(c, sf, d.span.start, d.code === STORE_MAY_NOT_FIT).forEach((x) => widen.add(x));
            }
        }
        const moved = [...widen].filter((x) => x.level < DOUBLE);
        if (moved.length === 0) {
            break;
        }
        moved.forEach((x) => x.level++);
    }
    return attempt(new Map());
}

/** A literal with a fraction (`0.5`, `1e-3`) in `n`: a value that no integer holds. */
function hasFraction(n: ts.Node): boolean {
    if (ts.isNumericLiteral(n)) {
        return !Number.isInteger(Number(n.text));
    }
    return ts.forEachChild(n, (k) => hasFraction(k) || undefined) ?? false;
}

function isNumberKeyword(t: ts.TypeNode | undefined): t is ts.TypeNode {
    return t !== undefined && t.kind === ts.SyntaxKind.NumberKeyword;
}

function isExported(d: ts.Node): boolean {
    return (ts.getCombinedModifierFlags(d as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
}

function candidates(loaded: Loaded): Candidates {
    // through imports to what they name, as lowering resolves them
    const r = new Resolver(loaded.checker, loaded.runtimeDir);
    const symbolOf = (n: ts.Node) => r.symbolOf(n);
    const out: Candidates = { all: [], bySymbol: new Map(), byFunction: new Map(), resultOf: new Map(), symbolOf };
    const make = (type: ts.TypeNode, values: readonly (ts.Node | undefined)[] = []): Candidate => {
        const x = { type, level: values.some((v) => v !== undefined && hasFraction(v)) ? DOUBLE : 0 };
        out.all.push(x);
        return x;
    };
    // free functions whose every use is a direct call: their call sites are all their callers
    const functions = new Map<ts.Symbol, ts.FunctionDeclaration>();
    for (const sf of loaded.programFiles) {
        for (const s of sf.statements) {
            if (ts.isFunctionDeclaration(s) && s.body && s.name && !(sf === loaded.entry && s.name.text === "main")) {
                const sym = symbolOf(s.name);
                if (sym) {
                    functions.set(sym, s);
                }
            }
        }
    }
    const direct = onlyCalledDirectly(loaded.programFiles, symbolOf, functions.keys());
    const visit = (n: ts.Node): void => {
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && isNumberKeyword(n.type)) {
            const sym = symbolOf(n.name);
            if (sym) {
                out.bySymbol.set(sym, make(n.type, [n.initializer]));
            }
        }
        ts.forEachChild(n, visit);
    };
    loaded.programFiles.forEach(visit);
    for (const [sym, d] of functions) {
        const returns: ts.Node[] = [];
        const collect = (n: ts.Node): void => {
            if (ts.isReturnStatement(n) && n.expression) {
                returns.push(n.expression);
            }
            if (!ts.isFunctionLike(n)) {
                ts.forEachChild(n, collect);
            }
        };
        ts.forEachChild(d.body as ts.Block, collect);
        const result = isNumberKeyword(d.type) ? make(d.type, returns) : undefined;
        if (result) {
            out.resultOf.set(d, result);
        }
        const params = d.parameters.map((x) => {
            if (!direct.has(sym) || isExported(d) || !isNumberKeyword(x.type) || !ts.isIdentifier(x.name)
                || x.dotDotDotToken || x.questionToken) {
                return undefined;
            }
            const cand = make(x.type);
            const ps = symbolOf(x.name);
            if (ps) {
                out.bySymbol.set(ps, cand);
            }
            return cand;
        });
        out.byFunction.set(sym, { result, params });
    }
    return out;
}

/** The innermost node of `sf` at `pos`. */
function nodeAt(sf: ts.SourceFile, pos: number): ts.Node {
    let n: ts.Node = sf;
    for (;;) {
        const inner: ts.Node | undefined = n.getChildren(sf).find((k) => k.getStart(sf) <= pos && pos < k.getEnd());
        if (!inner) {
            return n;
        }
        n = inner;
    }
}

/**
 * Where an error at `node` was made: the simple statement, variable declaration or parameter
 * around it, or the condition of the loop or `if` it is in (not the whole statement).
 */
function siteOf(node: ts.Node): ts.Node {
    let n = node;
    while (n.parent) {
        const up = n.parent;
        if (ts.isParameter(n) || ts.isVariableDeclaration(n) || ts.isExpressionStatement(n) || ts.isReturnStatement(n)
            || ts.isFunctionDeclaration(n) || ts.isThrowStatement(n)) {
            return n;
        }
        const control = ts.isIfStatement(up) || ts.isWhileStatement(up) || ts.isDoStatement(up) || ts.isForStatement(up)
            || ts.isSwitchStatement(up) || ts.isForOfStatement(up) || ts.isCaseClause(up);
        if (control && ts.isExpression(n)) {
            return n;
        }
        n = up;
    }
    return n;
}

/**
 * The candidates an error at `pos` names: what its site reads, writes, calls or returns; or,
 * for a store that may not fit (`stores`), only what is stored into.
 */
function blame(c: Candidates, sf: ts.SourceFile, pos: number, stores: boolean): Candidate[] {
    const out: Candidate[] = [];
    const site = siteOf(nodeAt(sf, pos));
    const own = (n: ts.Node) => {
        const sym = ts.isIdentifier(n) ? c.symbolOf(n) : undefined;
        const x = sym ? c.bySymbol.get(sym) : undefined;
        if (x) {
            out.push(x);
        }
    };
    if (ts.isFunctionDeclaration(site)) {
        // reported at the function itself: its result and its parameters
        const sym = site.name ? c.symbolOf(site.name) : undefined;
        const f = sym ? c.byFunction.get(sym) : undefined;
        return f ? [...(f.result ? [f.result] : []), ...f.params.filter((x): x is Candidate => x !== undefined)] : [];
    }
    // an argument: the parameter it is passed to
    let inCall = false;
    for (let n: ts.Node = nodeAt(sf, pos); n !== site && n.parent; n = n.parent) {
        const call = n.parent;
        if (ts.isCallExpression(call) && call.arguments.includes(n as ts.Expression)) {
            const sym = c.symbolOf(call.expression);
            const param = sym ? c.byFunction.get(sym)?.params[call.arguments.indexOf(n as ts.Expression)] : undefined;
            if (param) {
                out.push(param);
                inCall = true;
            }
            break;
        }
    }
    if (ts.isReturnStatement(site) && !inCall) {
        let fn: ts.Node | undefined = site.parent;
        while (fn && !ts.isFunctionLike(fn)) {
            fn = fn.parent;
        }
        const r = fn ? c.resultOf.get(fn) : undefined;
        if (r) {
            out.push(r);
        }
    }
    if (stores) {
        if (inCall) {
            return out;
        }
        // what an assignment, `x++` or a declaration stores into (a loop's step included)
        const e = ts.isExpressionStatement(site) ? site.expression : site;
        if (ts.isVariableDeclaration(e)) {
            own(e.name);
        } else if (ts.isBinaryExpression(e) && e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment
            && e.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
            own(e.left);
        } else if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) {
            own(e.operand);
        }
        return out;
    }
    const visit = (n: ts.Node): void => {
        own(n);
        if (ts.isIdentifier(n) && ts.isCallExpression(n.parent) && n.parent.expression === n) {
            const sym = c.symbolOf(n);
            const f = sym ? c.byFunction.get(sym) : undefined;
            if (f?.result) {
                out.push(f.result); // what the call gives is part of the value here
            }
        }
        ts.forEachChild(n, visit);
    };
    visit(site);
    return out;
}

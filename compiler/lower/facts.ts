/**
 * Value ranges the compiler knows for constant locals, used to prove that a length or
 * index is inside its buffer so that no run-time check is emitted. Facts come from API
 * contracts (recv returns at most the buffer's length) and from the conditions of the
 * `if` statements that enclose a use, or that returned early before it.
 */
import { ts } from "ts-morph";
import { Var } from "../ir/ir";

export interface Range {
    readonly min?: bigint;
    readonly max?: bigint;
}

export class Facts {
    private readonly ranges: Map<Var, Range>[] = [new Map()];

    push(): void {
        this.ranges.push(new Map());
    }

    pop(): void {
        this.ranges.pop();
    }

    get(v: Var): Range {
        let min: bigint | undefined;
        let max: bigint | undefined;
        for (const scope of this.ranges) {
            const r = scope.get(v);
            if (r?.min !== undefined && (min === undefined || r.min > min)) {
                min = r.min;
            }
            if (r?.max !== undefined && (max === undefined || r.max < max)) {
                max = r.max;
            }
        }
        return { min, max };
    }

    /** Narrows v in the innermost scope. */
    add(v: Var, r: Range): void {
        const scope = this.ranges[this.ranges.length - 1];
        const old = scope.get(v) ?? {};
        scope.set(v, {
            min: r.min !== undefined && (old.min === undefined || r.min > old.min) ? r.min : old.min,
            max: r.max !== undefined && (old.max === undefined || r.max < old.max) ? r.max : old.max,
        });
    }
}

/** A comparison `v OP k` (or `k OP v`) between a variable and an integer literal. */
export interface Comparison {
    readonly id: ts.Identifier;
    readonly op: "<" | "<=" | ">" | ">=";
    readonly k: bigint;
}

const FLIP = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" } as const;
const NEGATE = { "<": ">=", "<=": ">", ">": "<=", ">=": "<" } as const;

function opOf(kind: ts.SyntaxKind): Comparison["op"] | undefined {
    switch (kind) {
    case ts.SyntaxKind.LessThanToken: return "<";
    case ts.SyntaxKind.LessThanEqualsToken: return "<=";
    case ts.SyntaxKind.GreaterThanToken: return ">";
    case ts.SyntaxKind.GreaterThanEqualsToken: return ">=";
    default: return undefined;
    }
}

function literal(e: ts.Expression): bigint | undefined {
    if (ts.isParenthesizedExpression(e)) {
        return literal(e.expression);
    }
    if (ts.isNumericLiteral(e)) {
        return BigInt(e.text);
    }
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken
        && ts.isNumericLiteral(e.operand)) {
        return -BigInt(e.operand.text);
    }
    return undefined;
}

/** The comparisons a condition guarantees when it is true (or false, with `negated`). */
export function comparisonsOf(cond: ts.Expression, negated = false): Comparison[] {
    if (ts.isParenthesizedExpression(cond)) {
        return comparisonsOf(cond.expression, negated);
    }
    if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken) {
        return comparisonsOf(cond.operand, !negated);
    }
    if (ts.isBinaryExpression(cond)) {
        const kind = cond.operatorToken.kind;
        if ((kind === ts.SyntaxKind.AmpersandAmpersandToken && !negated)
            || (kind === ts.SyntaxKind.BarBarToken && negated)) {
            return [...comparisonsOf(cond.left, negated), ...comparisonsOf(cond.right, negated)];
        }
        let op = opOf(kind);
        if (!op) {
            return [];
        }
        let id: ts.Expression = cond.left;
        let k = literal(cond.right);
        if (k === undefined) {
            id = cond.right;
            k = literal(cond.left);
            op = FLIP[op];
        }
        while (ts.isParenthesizedExpression(id)) {
            id = id.expression;
        }
        if (k === undefined || !ts.isIdentifier(id)) {
            return [];
        }
        return [{ id, op: negated ? NEGATE[op] : op, k }];
    }
    return [];
}

export function rangeOf(c: Comparison): Range {
    switch (c.op) {
    case "<": return { max: c.k - 1n };
    case "<=": return { max: c.k };
    case ">": return { min: c.k + 1n };
    case ">=": return { min: c.k };
    }
}

/** True if executing the statement never falls through to the next one. */
export function alwaysExits(s: ts.Statement): boolean {
    if (ts.isReturnStatement(s)) {
        return true;
    }
    if (ts.isBlock(s)) {
        return s.statements.length > 0 && alwaysExits(s.statements[s.statements.length - 1]);
    }
    if (ts.isIfStatement(s)) {
        return s.elseStatement !== undefined && alwaysExits(s.thenStatement) && alwaysExits(s.elseStatement);
    }
    return false;
}

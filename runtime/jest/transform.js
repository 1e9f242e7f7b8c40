/**
 * Jest transformer for riotscript projects.
 *
 * Firmware files (.ts sources that import "riotscript", other than tests) are compiled with
 * the TypeScript compiler API (the copy bundled by ts-morph) and every element access
 * `a[i]` in them is routed through runtime/node/checks.ts, so an index outside the array
 * faults with "<file>:<line>: index out of range" as the compiled C does, instead of
 * JavaScript's silent `undefined` read or dropped write. Everything else goes to @swc/jest.
 *
 *   a[i]              -> __rs_checks.at(a, i, "LOC")
 *   a[i] = v          -> __rs_checks.set(a, i, v, "LOC")
 *   a[i] op= v        -> __rs_checks.update(a, i, "LOC", (__x) => __x op v)
 *   a[i]++ / a[i]--   -> __rs_checks.post(a, i, "LOC", 1 / -1)
 *   ++a[i] / --a[i]   -> __rs_checks.update(a, i, "LOC", (__x) => __x + 1 / - 1)
 *   a.set(b, off)     -> __rs_checks.copy(a, b, off, "LOC") (a typed array's set; any other set as is)
 *   v.getUint16(o)    -> __rs_checks.view(v, "getUint16", "LOC", o) (and the other DataView accessors)
 *
 * LOC is `<file relative to Jest's rootDir>:<line of the access>`. When `v` of a compound
 * assignment contains `await`/`yield` (not allowed in the arrow), the access is read and
 * written through hoisted temporaries instead: `(t0 = a, t1 = i, set(t0, t1, at(t0, t1) op v))`.
 *
 * Left alone: `a["name"]` (a property access spelled with brackets), optional chains
 * (`a?.[i]`), `super[x]`, `delete a[i]`, and accesses that are destructuring or for-in/of
 * targets (their subexpressions are still instrumented).
 */
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

// inside an installed package Jest does not transform TypeScript from node_modules: use the build
const CHECKS = __dirname.split(path.sep).includes("node_modules")
    ? path.join(__dirname, "..", "..", "dist", "runtime", "node", "checks.js")
    : path.join(__dirname, "..", "node", "checks");
const RUNTIME_DIR = path.join(__dirname, "..") + path.sep;
const SELF_VERSION = crypto.createHash("sha1")
    .update(fs.readFileSync(__filename))
    .update(packageVersion("@ts-morph/common"))
    .digest("hex");

function packageVersion(name) {
    try {
        return require(`${name}/package.json`).version;
    } catch {
        return "?";
    }
}

/** The @swc/jest options non-firmware files are compiled with. */
const SWC_OPTIONS = {
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    module: { type: "commonjs" },
};

const FIRMWARE_IMPORT = /^[ \t]*(?:import|export)\b[^;]*?\bfrom\s*["']riotscript["']/m;

/** Whether `sourcePath` is firmware: a non-test .ts file importing "riotscript". */
function isFirmware(sourceText, sourcePath) {
    return sourcePath.endsWith(".ts")
        && !/\.(test|spec)\.ts$/.test(sourcePath)
        && !sourcePath.endsWith(".d.ts")
        && !sourcePath.startsWith(RUNTIME_DIR)
        && FIRMWARE_IMPORT.test(sourceText);
}

let swc;
function swcTransformer() {
    if (!swc) {
        swc = require("@swc/jest").createTransformer(SWC_OPTIONS);
    }
    return swc;
}

let tsApi;
function typescript() {
    if (!tsApi) {
        tsApi = require("ts-morph").ts;
    }
    return tsApi;
}

/** `A[I] op= V` operator -> the binary operator `op`. */
function compoundOperators(ts) {
    const K = ts.SyntaxKind;
    return new Map([
        [K.PlusEqualsToken, K.PlusToken],
        [K.MinusEqualsToken, K.MinusToken],
        [K.AsteriskEqualsToken, K.AsteriskToken],
        [K.AsteriskAsteriskEqualsToken, K.AsteriskAsteriskToken],
        [K.SlashEqualsToken, K.SlashToken],
        [K.PercentEqualsToken, K.PercentToken],
        [K.LessThanLessThanEqualsToken, K.LessThanLessThanToken],
        [K.GreaterThanGreaterThanEqualsToken, K.GreaterThanGreaterThanToken],
        [K.GreaterThanGreaterThanGreaterThanEqualsToken, K.GreaterThanGreaterThanGreaterThanToken],
        [K.AmpersandEqualsToken, K.AmpersandToken],
        [K.BarEqualsToken, K.BarToken],
        [K.CaretEqualsToken, K.CaretToken],
        [K.AmpersandAmpersandEqualsToken, K.AmpersandAmpersandToken],
        [K.BarBarEqualsToken, K.BarBarToken],
        [K.QuestionQuestionEqualsToken, K.QuestionQuestionToken],
    ]);
}

/** The `before` transformer that instruments one firmware source file. */
function boundsChecks(ts, relFile) {
    const K = ts.SyntaxKind;
    const COMPOUND = compoundOperators(ts);

    return (context) => (sf) => {
        const f = context.factory;

        const loc = (node) => {
            const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
            return f.createStringLiteral(`${relFile}:${line}`);
        };
        const check = (name, args, original) => {
            // The first argument starts where the access did: the comments before it are the
            // call's, emitted once ahead of the call, not again inside its argument list.
            ts.setCommentRange(args[0], { pos: -1, end: args[0].end });
            const callee = f.createPropertyAccessExpression(f.createIdentifier("__rs_checks"), name);
            const call = f.createCallExpression(callee, undefined, args);
            return ts.setOriginalNode(ts.setTextRange(call, original), original);
        };

        /** Whether `a[i]` gets a check. */
        const instrumentable = (node) => {
            if (node.questionDotToken || (node.flags & ts.NodeFlags.OptionalChain)) {
                return false;
            }
            if (node.expression.kind === K.SuperKeyword) {
                return false;
            }
            const arg = node.argumentExpression;
            return !(ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg));
        };

        /** `(x)`, `x!`, `x as T`, `<T>x`, `x satisfies T` as an assignment target: x. */
        const skipOuter = (node) => {
            while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)
                || ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)
                || ts.isSatisfiesExpression(node)) {
                node = node.expression;
            }
            return node;
        };

        /** Whether `node` evaluates `await` or `yield` itself (not in a nested function). */
        const suspends = (node) => {
            if (ts.isAwaitExpression(node) || ts.isYieldExpression(node)) {
                return true;
            }
            if (ts.isFunctionLike(node) || ts.isClassLike(node)) {
                return false;
            }
            return ts.forEachChild(node, suspends) === true;
        };

        const visitExpr = (node) => ts.visitNode(node, visit, ts.isExpression);

        /** `a[i]` kept as it is (a target we cannot route through a call), children visited. */
        const rawAccess = (node) => f.updateElementAccessExpression(
            node, visitExpr(node.expression), visitExpr(node.argumentExpression));

        /** A destructuring or for-in/of target: element accesses in it stay raw. */
        const visitTarget = (node) => {
            const inner = skipOuter(node);
            if (ts.isElementAccessExpression(inner)) {
                return rawAccess(inner);
            }
            if (ts.isArrayLiteralExpression(node)) {
                return f.updateArrayLiteralExpression(node, node.elements.map(visitTarget));
            }
            if (ts.isObjectLiteralExpression(node)) {
                return f.updateObjectLiteralExpression(node, node.properties.map((p) => {
                    if (ts.isPropertyAssignment(p)) {
                        return f.updatePropertyAssignment(p, ts.visitNode(p.name, visit),
                            visitTarget(p.initializer));
                    }
                    if (ts.isSpreadAssignment(p)) {
                        return f.updateSpreadAssignment(p, visitTarget(p.expression));
                    }
                    return ts.visitNode(p, visit);
                }));
            }
            if (ts.isSpreadElement(node)) {
                return f.updateSpreadElement(node, visitTarget(node.expression));
            }
            if (ts.isBinaryExpression(node) && node.operatorToken.kind === K.EqualsToken) {
                return f.updateBinaryExpression(node, visitTarget(node.left), node.operatorToken,
                    visitExpr(node.right));
            }
            return ts.visitNode(node, visit);
        };

        /** `A[I] op= V` through hoisted temporaries, for a V that awaits or yields. */
        const compoundWithTemps = (target, op, right, where, original) => {
            const a = f.createTempVariable(context.hoistVariableDeclaration);
            const i = f.createTempVariable(context.hoistVariableDeclaration);
            const old = check("at", [a, i, where], original);
            const value = f.createBinaryExpression(old, op, visitExpr(right));
            const array = visitExpr(target.expression);
            const sequence = f.createParenthesizedExpression(f.inlineExpressions([
                f.createAssignment(a, array),
                f.createAssignment(i, visitExpr(target.argumentExpression)),
                check("set", [a, i, value, where], original),
            ]));
            return ts.setOriginalNode(ts.setTextRange(sequence, original), original);
        };

        /** `(__x) => __x op v` */
        const step = (op, v) => {
            // `__x` unless the file already uses that name
            const x = f.createUniqueName("__x", ts.GeneratedIdentifierFlags.Optimistic);
            return f.createArrowFunction(undefined, undefined,
                [f.createParameterDeclaration(undefined, undefined, x)], undefined,
                f.createToken(K.EqualsGreaterThanToken), f.createBinaryExpression(x, op, v));
        };

        const visit = (node) => {
            if (ts.isElementAccessExpression(node)) {
                if (!instrumentable(node)) {
                    return ts.visitEachChild(node, visit, context);
                }
                const where = loc(node);
                return check("at", [visitExpr(node.expression), visitExpr(node.argumentExpression),
                    where], node);
            }

            if (ts.isBinaryExpression(node)) {
                const kind = node.operatorToken.kind;
                const left = skipOuter(node.left);
                if (kind === K.EqualsToken && (ts.isArrayLiteralExpression(left)
                    || ts.isObjectLiteralExpression(left))) {
                    return f.updateBinaryExpression(node, visitTarget(node.left), node.operatorToken,
                        visitExpr(node.right));
                }
                if ((kind === K.EqualsToken || COMPOUND.has(kind))
                    && ts.isElementAccessExpression(left) && instrumentable(left)) {
                    const where = loc(left);
                    if (kind === K.EqualsToken) {
                        return check("set", [visitExpr(left.expression),
                            visitExpr(left.argumentExpression), visitExpr(node.right), where], node);
                    }
                    const op = COMPOUND.get(kind);
                    if (suspends(node.right)) {
                        return compoundWithTemps(left, op, node.right, where, node);
                    }
                    return check("update", [visitExpr(left.expression),
                        visitExpr(left.argumentExpression), where,
                        step(op, visitExpr(node.right))], node);
                }
            }

            if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node))
                && (node.operator === K.PlusPlusToken || node.operator === K.MinusMinusToken)) {
                const operand = skipOuter(node.operand);
                if (ts.isElementAccessExpression(operand) && instrumentable(operand)) {
                    const where = loc(operand);
                    const a = visitExpr(operand.expression);
                    const i = visitExpr(operand.argumentExpression);
                    if (ts.isPostfixUnaryExpression(node)) {
                        const delta = node.operator === K.PlusPlusToken
                            ? f.createNumericLiteral(1)
                            : f.createPrefixUnaryExpression(K.MinusToken, f.createNumericLiteral(1));
                        return check("post", [a, i, where, delta], node);
                    }
                    const op = node.operator === K.PlusPlusToken ? K.PlusToken : K.MinusToken;
                    return check("update", [a, i, where, step(op, f.createNumericLiteral(1))], node);
                }
            }

            // `view.getUint16(off)` and the other DataView accessors: past the end faults like an
            // index (DataView would throw a RangeError); a method of that name on anything else as is
            if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)
                && ts.isIdentifier(node.expression.name) && /^(get|set)(Uint|Int)(8|16|32)$/.test(node.expression.name.text)
                && !node.expression.questionDotToken && !node.arguments.some(ts.isSpreadElement)) {
                return check("view", [visitExpr(node.expression.expression), f.createStringLiteral(node.expression.name.text),
                    loc(node), ...node.arguments.map(visitExpr)], node);
            }

            // `dst.set(src, off)` on a typed array: a range past the end faults like an index
            // (TypedArray.set would throw a RangeError); other objects' set is called as is
            if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)
                && ts.isIdentifier(node.expression.name) && node.expression.name.text === "set"
                && !node.expression.questionDotToken && node.arguments.length >= 1 && node.arguments.length <= 2
                && !node.arguments.some(ts.isSpreadElement)) {
                const args = node.arguments.map(visitExpr);
                return check("copy", [visitExpr(node.expression.expression), args[0],
                    args[1] ?? f.createVoidZero(), loc(node)], node);
            }

            if (ts.isDeleteExpression(node)) {
                const operand = skipOuter(node.expression);
                if (ts.isElementAccessExpression(operand)) {
                    return f.updateDeleteExpression(node, rawAccess(operand));
                }
            }

            // every loop body starts by checking the handler's time budget, so an endless loop
            // fails the test at its .ts line instead of hanging it
            if (ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForStatement(node)
                || ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && ts.isVariableDeclarationList(node.initializer))) {
                const visitedLoop = ts.visitEachChild(node, visit, context);
                const tick = f.createExpressionStatement(check("loop", [loc(node)], node));
                const body = ts.isBlock(visitedLoop.statement)
                    ? f.updateBlock(visitedLoop.statement, [tick, ...visitedLoop.statement.statements])
                    : f.createBlock([tick, visitedLoop.statement], true);
                if (ts.isWhileStatement(visitedLoop)) {
                    return f.updateWhileStatement(visitedLoop, visitedLoop.expression, body);
                }
                if (ts.isDoStatement(visitedLoop)) {
                    return f.updateDoStatement(visitedLoop, body, visitedLoop.expression);
                }
                if (ts.isForStatement(visitedLoop)) {
                    return f.updateForStatement(visitedLoop, visitedLoop.initializer, visitedLoop.condition,
                        visitedLoop.incrementor, body);
                }
                if (ts.isForOfStatement(visitedLoop)) {
                    return f.updateForOfStatement(visitedLoop, visitedLoop.awaitModifier, visitedLoop.initializer,
                        visitedLoop.expression, body);
                }
                return f.updateForInStatement(visitedLoop, visitedLoop.initializer, visitedLoop.expression, body);
            }

            if ((ts.isForOfStatement(node) || ts.isForInStatement(node))
                && !ts.isVariableDeclarationList(node.initializer)) {
                const initializer = visitTarget(node.initializer);
                const expression = visitExpr(node.expression);
                const statement = ts.visitNode(node.statement, visit, ts.isStatement);
                return ts.isForOfStatement(node)
                    ? f.updateForOfStatement(node, node.awaitModifier, initializer, expression, statement)
                    : f.updateForInStatement(node, initializer, expression, statement);
            }

            return ts.visitEachChild(node, visit, context);
        };

        const visited = ts.visitEachChild(sf, visit, context);
        // const __rs_checks = require("<runtime/node/checks>"); after any prologue directives
        const declaration = f.createVariableStatement(undefined, f.createVariableDeclarationList([
            f.createVariableDeclaration("__rs_checks", undefined, undefined,
                f.createCallExpression(f.createIdentifier("require"), undefined,
                    [f.createStringLiteral(CHECKS)])),
        ], ts.NodeFlags.Const));
        const statements = [...visited.statements];
        let at = 0;
        while (at < statements.length && ts.isPrologueDirective(statements[at])) {
            at++;
        }
        statements.splice(at, 0, declaration);
        return f.updateSourceFile(visited, statements);
    };
}

/** Compiles one firmware file to CommonJS with bounds checks and a source map. */
function instrument(sourceText, sourcePath, rootDir) {
    const ts = typescript();
    const relFile = path.relative(rootDir, sourcePath).split(path.sep).join("/");
    const out = ts.transpileModule(sourceText, {
        fileName: sourcePath,
        reportDiagnostics: false,
        compilerOptions: {
            module: ts.ModuleKind.CommonJS,
            target: ts.ScriptTarget.ES2022,
            esModuleInterop: true,
            sourceMap: true,
            inlineSources: true,
            removeComments: false,
        },
        transformers: { before: [boundsChecks(ts, relFile)] },
    });
    const map = JSON.parse(out.sourceMapText);
    map.sources = [sourcePath];
    map.sourceRoot = "";
    map.file = sourcePath;
    const code = out.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
    return { code, map };
}

module.exports = {
    canInstrument: false,

    process(sourceText, sourcePath, options) {
        if (isFirmware(sourceText, sourcePath)) {
            return instrument(sourceText, sourcePath, options.config.rootDir);
        }
        return swcTransformer().process(sourceText, sourcePath, options);
    },

    getCacheKey(sourceText, sourcePath, options) {
        const hash = crypto.createHash("sha1")
            .update(SELF_VERSION).update("\0")
            .update(sourceText).update("\0")
            .update(sourcePath).update("\0")
            .update(options.config.rootDir).update("\0")
            .update(options.configString ?? "").update("\0");
        if (!isFirmware(sourceText, sourcePath)) {
            hash.update(swcTransformer().getCacheKey(sourceText, sourcePath, options));
        }
        return hash.digest("hex");
    },

    // exported for the unit test
    _isFirmware: isFirmware,
    _instrument: instrument,
};

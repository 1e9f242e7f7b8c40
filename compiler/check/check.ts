/**
 * Stage 2, check: the subset rules. Walks the program's own files and reports every
 * construct riotscript cannot compile with the same behaviour as Node, as catalogued RS
 * diagnostics. What passes here, `lower` must handle; anything else is an internal error.
 */
import { SourceFile, ts } from "ts-morph";
import { diag, Diagnostic, Span } from "../diagnostics/diagnostic";
import { Loaded, spanOf } from "../load/load";
import { handlerTypes, Param } from "../riot/bindings";
import { Resolver } from "./resolve";

/** Syntax kinds with a dedicated hint when they are rejected. */
const UNSUPPORTED: Partial<Record<ts.SyntaxKind, [string, string]>> = {
    [ts.SyntaxKind.ForStatement]: ["A 'for' loop", "Loops arrive with the full language subset."],
    [ts.SyntaxKind.ForOfStatement]: ["A 'for...of' loop", "Loops arrive with the full language subset."],
    [ts.SyntaxKind.ForInStatement]: ["A 'for...in' loop", "Objects have no enumerable keys in C; "
        + "use a fixed-size array."],
    [ts.SyntaxKind.WhileStatement]: ["A 'while' loop", "Loops arrive with the full language subset."],
    [ts.SyntaxKind.DoStatement]: ["A 'do' loop", "Loops arrive with the full language subset."],
    [ts.SyntaxKind.SwitchStatement]: ["A 'switch' statement", "Use 'if' / 'else if'."],
    [ts.SyntaxKind.TryStatement]: ["'try'/'catch'", "RIOT's API reports errors as negative return "
        + "values; test them with 'if (res < 0)'."],
    [ts.SyntaxKind.ThrowStatement]: ["'throw'", "Return a negative errno value instead."],
    [ts.SyntaxKind.ClassDeclaration]: ["A class declaration", "Keep state in module-level "
        + "objects for now."],
    [ts.SyntaxKind.EnumDeclaration]: ["An enum declaration", "Use the API's enums for now."],
    [ts.SyntaxKind.ObjectLiteralExpression]: ["An object literal", "Use the API's classes, e.g. "
        + "'new UdpEndpoint()'."],
    [ts.SyntaxKind.ArrayLiteralExpression]: ["An array literal", "Use a typed array with a "
        + "constant length, e.g. 'new Uint8Array(16)'."],
    [ts.SyntaxKind.AwaitExpression]: ["'await'", "Handlers run to completion on the event "
        + "queue; react to events instead of awaiting them."],
    [ts.SyntaxKind.ArrowFunction]: ["An arrow function", "Declare a top-level 'function'."],
    [ts.SyntaxKind.FunctionExpression]: ["A function expression", "Declare a top-level 'function'."],
    [ts.SyntaxKind.WithStatement]: ["'with'", "Name the object explicitly."],
    [ts.SyntaxKind.DeleteExpression]: ["'delete'", "Objects have a fixed layout in C."],
    [ts.SyntaxKind.TypeOfExpression]: ["'typeof'", "Every value's type is known at compile time."],
    [ts.SyntaxKind.SpreadElement]: ["Spread syntax", "Pass the values one by one."],
    [ts.SyntaxKind.ConditionalExpression]: ["A conditional expression", "Use 'if'/'else'."],
    [ts.SyntaxKind.PostfixUnaryExpression]: ["'++'/'--'", "Integer arithmetic arrives with "
        + "the full language subset."],
    [ts.SyntaxKind.ElementAccessExpression]: ["Indexing", "Element access arrives with the "
        + "full language subset."],
    [ts.SyntaxKind.NonNullExpression]: ["A non-null assertion", "Test for null explicitly."],
    [ts.SyntaxKind.AsExpression]: ["A type assertion", "Declare the variable with the right "
        + "type instead."],
};

const ARITH_LATER = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken,
    ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken,
    ts.SyntaxKind.AsteriskAsteriskToken, ts.SyntaxKind.LessThanLessThanToken,
    ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
    ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.AsteriskEqualsToken,
    ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.PercentEqualsToken]);

const ALLOWED_BINARY = new Set([ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken,
    ts.SyntaxKind.CaretToken, ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.LessThanToken,
    ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken,
    ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.AmpersandAmpersandToken,
    ts.SyntaxKind.BarBarToken, ts.SyntaxKind.EqualsToken]);

export function check(loaded: Loaded): Diagnostic[] {
    const checker = loaded.project.getTypeChecker().compilerObject;
    const c = new Checker(new Resolver(checker, loaded.runtimeDir), loaded);
    for (const sf of loaded.programFiles) {
        c.checkFile(sf);
    }
    c.checkEntry(loaded.entry);
    return c.diagnostics;
}

class Checker {
    readonly diagnostics: Diagnostic[] = [];

    constructor(private readonly r: Resolver, private readonly loaded: Loaded) {}

    private span(node: ts.Node): Span {
        return spanOf(node, this.loaded.displayPath);
    }

    private report(id: Parameters<typeof diag>[0], node: ts.Node, ...args: string[]): void {
        this.diagnostics.push(diag(id, this.span(node), ...args));
    }

    checkFile(sf: SourceFile): void {
        for (const stmt of sf.compilerNode.statements) {
            this.checkTopLevel(stmt);
        }
        this.checkTypes(sf.compilerNode);
    }

    checkEntry(entry: SourceFile): void {
        const main = entry.compilerNode.statements.find((s): s is ts.FunctionDeclaration =>
            ts.isFunctionDeclaration(s) && s.name?.text === "main");
        if (!main) {
            this.diagnostics.push(diag("MissingMain", {
                file: this.loaded.displayPath(entry.getFilePath()), start: 0, end: 1, line: 1, col: 1,
            }));
            return;
        }
        const ret = main.type;
        if (main.parameters.length > 0 || !ret || ret.kind !== ts.SyntaxKind.NumberKeyword) {
            this.report("BadMainSignature", main.name ?? main);
        }
    }

    /** `any` anywhere in a type annotation. */
    private checkTypes(node: ts.Node): void {
        if (node.kind === ts.SyntaxKind.AnyKeyword) {
            this.report("AnyType", node);
        }
        ts.forEachChild(node, (n) => this.checkTypes(n));
    }

    private checkTopLevel(stmt: ts.Statement): void {
        if (ts.isImportDeclaration(stmt)) {
            const spec = (stmt.moduleSpecifier as ts.StringLiteral).text;
            if (spec !== "riotscript") {
                this.report("UnsupportedImport", stmt.moduleSpecifier, spec);
            }
            return;
        }
        if (ts.isFunctionDeclaration(stmt)) {
            if (stmt.body) {
                for (const p of stmt.parameters) {
                    this.checkParam(p);
                }
                this.checkBlock(stmt.body);
            }
            return;
        }
        if (ts.isVariableStatement(stmt)) {
            this.checkVariableStatement(stmt, true);
            return;
        }
        if (ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt) || ts.isEmptyStatement(stmt)) {
            return;
        }
        if (ts.isClassDeclaration(stmt) && stmt.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword)) {
            this.report("ClassInheritance", stmt.heritageClauses[0]);
            return;
        }
        this.unsupported(stmt);
    }

    private unsupported(node: ts.Node): void {
        const known = UNSUPPORTED[node.kind];
        if (known) {
            this.report("UnsupportedSyntax", node, known[0], known[1]);
        } else {
            this.report("UnsupportedSyntax", node, `'${ts.SyntaxKind[node.kind]}'`,
                "See docs/language.md for the supported subset.");
        }
    }

    private checkParam(p: ts.ParameterDeclaration): void {
        if (p.initializer || p.dotDotDotToken || p.questionToken) {
            this.report("UnsupportedSyntax", p, "An optional, default or rest parameter",
                "Declare every parameter with a plain type.");
            return;
        }
        const type = this.r.checker.getTypeAtLocation(p);
        if (p.type?.kind === ts.SyntaxKind.AnyKeyword) {
            return; // reported as RS2001
        }
        if (!this.isParamType(type)) {
            this.report("UnsupportedType", p.type ?? p, this.r.checker.typeToString(type),
                "Parameters can be riotscript socks ('UdpSock'), its enums ('SockAsync'), "
                + "'boolean' or 'null' in this version.");
        }
    }

    private isParamType(type: ts.Type): boolean {
        const cls = this.r.classOfType(type);
        if (cls) {
            return cls === "UdpSock";
        }
        if (this.r.enumOfType(type)) {
            return true;
        }
        return (type.flags & (ts.TypeFlags.Null | ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) !== 0;
    }

    private checkBlock(block: ts.Block): void {
        for (const s of block.statements) {
            this.checkStatement(s);
        }
    }

    private checkStatement(s: ts.Statement): void {
        if (ts.isBlock(s)) {
            this.checkBlock(s);
        } else if (ts.isVariableStatement(s)) {
            this.checkVariableStatement(s, false);
        } else if (ts.isExpressionStatement(s)) {
            this.checkExpression(s.expression, "statement");
        } else if (ts.isIfStatement(s)) {
            this.checkExpression(s.expression, "value");
            this.checkStatement(s.thenStatement);
            if (s.elseStatement) {
                this.checkStatement(s.elseStatement);
            }
        } else if (ts.isReturnStatement(s)) {
            if (s.expression) {
                this.checkExpression(s.expression, "value");
            }
        } else if (ts.isFunctionDeclaration(s)) {
            this.report("NestedFunction", s.name ?? s, s.name?.text ?? "");
        } else if (ts.isEmptyStatement(s)) {
            // nothing
        } else {
            this.unsupported(s);
        }
    }

    private checkVariableStatement(s: ts.VariableStatement, topLevel: boolean): void {
        const list = s.declarationList;
        if ((list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) === 0) {
            this.report("VarDeclaration", s.getFirstToken() ?? s);
            return;
        }
        for (const d of list.declarations) {
            if (!ts.isIdentifier(d.name)) {
                this.report("UnsupportedSyntax", d.name, "Destructuring", "Declare each variable on its own.");
                continue;
            }
            if (!d.initializer) {
                this.report("UnsupportedSyntax", d, "A declaration without an initialiser",
                    "Give the variable its first value where it is declared.");
                continue;
            }
            this.checkInitializer(d, d.initializer, topLevel);
        }
    }

    private checkInitializer(d: ts.VariableDeclaration, init: ts.Expression, topLevel: boolean): void {
        if (ts.isNewExpression(init)) {
            this.checkNew(init, d, topLevel);
            return;
        }
        if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression)) {
            const ref = this.r.api(init.expression.name);
            if (ref?.k === "method" && ref.binding?.initializer) {
                this.checkArgs(init, ref.binding.params);
                return;
            }
        }
        if (topLevel) {
            this.report("UnsupportedSyntax", init, "A module-level value other than an API object or "
                + "typed array", "Module-level constants arrive with the full language subset.");
            return;
        }
        this.checkExpression(init, "value");
    }

    private checkNew(e: ts.NewExpression, d: ts.VariableDeclaration, topLevel: boolean): void {
        const name = (d.name as ts.Identifier).text;
        const args = e.arguments ?? ts.factory.createNodeArray();
        if (ts.isIdentifier(e.expression) && e.expression.text === "Uint8Array"
            && !this.r.api(e.expression)) {
            if (args.length !== 1 || !this.constantLength(args[0])) {
                this.report("DynamicArrayLength", args[0] ?? e);
            }
            return;
        }
        const ref = this.r.api(e.expression);
        if (ref?.k !== "class") {
            this.report("UnsupportedSyntax", e, `'new ${e.expression.getText()}'`,
                "Only riotscript API objects and 'Uint8Array' can be created.");
            return;
        }
        if (args.length > 0) {
            this.report("UnsupportedSyntax", args[0], "A constructor argument",
                `Create it with 'new ${ref.name}()'.`);
        }
        if (ref.binding.moduleLevelOnly && !topLevel) {
            this.report("ObjectNotModuleLevel", e, ref.name, name);
        }
    }

    private constantLength(e: ts.Expression): boolean {
        if (ts.isNumericLiteral(e)) {
            const v = Number(e.text);
            return Number.isInteger(v) && v > 0 && v <= 0x7fffffff;
        }
        return false;
    }

    /** `use`: a statement (value discarded) or a value. */
    private checkExpression(e: ts.Expression, use: "statement" | "value"): void {
        if (ts.isParenthesizedExpression(e)) {
            this.checkExpression(e.expression, use);
        } else if (ts.isNumericLiteral(e)) {
            if (!/^(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(e.text) || Number(e.text) > 0x7fffffff) {
                this.report("UnsupportedType", e, e.text, "Only integers up to 2^31-1 are supported "
                    + "in this version.");
            }
        } else if (ts.isStringLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword
            || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) {
            // literals
        } else if (ts.isIdentifier(e)) {
            this.checkIdentifierUse(e);
        } else if (ts.isPropertyAccessExpression(e)) {
            this.checkPropertyAccess(e);
        } else if (ts.isCallExpression(e)) {
            this.checkCall(e);
        } else if (ts.isBinaryExpression(e)) {
            this.checkBinary(e, use);
        } else if (ts.isPrefixUnaryExpression(e)) {
            if (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken
                || e.operator === ts.SyntaxKind.PlusToken) {
                this.report("UnsupportedOperator", e, ts.tokenToString(e.operator) ?? "", "numbers",
                    "Integer arithmetic arrives with the full language subset.");
            }
            this.checkExpression(e.operand, "value");
        } else {
            this.unsupported(e);
        }
    }

    private checkBinary(e: ts.BinaryExpression, use: "statement" | "value"): void {
        const op = e.operatorToken.kind;
        if (op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) {
            const text = ts.tokenToString(op) ?? "";
            this.report("LooseEquality", e.operatorToken, text, text + "=");
            return;
        }
        if (ARITH_LATER.has(op)) {
            this.report("UnsupportedOperator", e.operatorToken, ts.tokenToString(op) ?? "", "numbers",
                "Integer arithmetic with Node-exact overflow arrives with the full language subset.");
            return;
        }
        if (!ALLOWED_BINARY.has(op)) {
            this.unsupported(e.operatorToken);
            return;
        }
        if (op === ts.SyntaxKind.EqualsToken) {
            if (use !== "statement") {
                this.report("AssignmentInExpression", e);
                return;
            }
            this.checkAssignTarget(e.left);
            this.checkExpression(e.right, "value");
            return;
        }
        this.checkExpression(e.left, "value");
        this.checkExpression(e.right, "value");
    }

    private checkAssignTarget(t: ts.Expression): void {
        if (ts.isPropertyAccessExpression(t)) {
            const ref = this.r.api(t.name);
            if (ref?.k !== "field") {
                this.report("UnknownApi", t.name, t.getText());
            }
            this.checkObjectUse(t.expression);
            return;
        }
        if (ts.isIdentifier(t)) {
            const sym = this.r.symbolOf(t);
            const decl = sym?.valueDeclaration;
            if (decl && ts.isVariableDeclaration(decl)) {
                this.report("UnsupportedSyntax", t, "Reassigning a variable",
                    "Mutable numbers arrive with the full language subset; declare a new 'const'.");
                return;
            }
        }
        this.report("UnsupportedSyntax", t, "This assignment target", "Assign to an endpoint field.");
    }

    private checkIdentifierUse(id: ts.Identifier): void {
        if (id.text === "undefined") {
            this.report("UnsupportedSyntax", id, "'undefined'", "Use 'null'.");
            return;
        }
        const type = this.r.checker.getTypeAtLocation(id);
        const cls = this.r.classOfType(type);
        if (cls) {
            this.report("ObjectMisuse", id, cls, "used as a value", "Call its methods, or pass it "
                + "where the API expects it.");
            return;
        }
        if (this.r.isTypedArray(type)) {
            this.report("ObjectMisuse", id, "typed array", "used as a value",
                "Pass it where the API expects a buffer.");
            return;
        }
        const sym = this.r.symbolOf(id);
        const decl = sym?.declarations?.[0];
        if (decl && ts.isFunctionDeclaration(decl)) {
            this.report("ObjectMisuse", id, "function", "used as a value",
                "Call it, or pass it as a handler to an API that takes one.");
        }
    }

    private checkPropertyAccess(e: ts.PropertyAccessExpression): void {
        const ref = this.r.api(e.name);
        if (ref?.k === "enumMember") {
            if (!ref.binding || !(ref.name in ref.binding.members)) {
                this.report("UnknownApi", e, e.getText());
            }
            return;
        }
        if (ref?.k === "field") {
            this.checkObjectUse(e.expression);
            return;
        }
        this.report("UnknownApi", e.name, e.getText());
    }

    /** The receiver of a method call or field access must be a variable. */
    private checkObjectUse(e: ts.Expression): void {
        if (!ts.isIdentifier(e)) {
            this.report("UnsupportedSyntax", e, "This receiver", "Call methods on a variable.");
        }
    }

    private checkCall(e: ts.CallExpression): void {
        const callee = e.expression;
        if (ts.isIdentifier(callee) && callee.text === "eval") {
            this.report("EvalCall", callee);
            return;
        }
        if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
            && callee.expression.text === "console" && callee.name.text === "log"
            && !this.r.api(callee.expression)) {
            this.checkConsoleLog(e);
            return;
        }
        if (ts.isPropertyAccessExpression(callee)) {
            const ref = this.r.api(callee.name);
            if (ref?.k === "method" && ref.binding) {
                if (ref.binding.initializer) {
                    this.report("InitializerOnly", e, `${ref.cls}.${ref.name}`);
                    return;
                }
                if (!ref.isStatic) {
                    this.checkObjectUse(callee.expression);
                }
                this.checkArgs(e, ref.binding.params);
                return;
            }
            this.report("UnknownApi", callee.name, callee.getText());
            return;
        }
        if (ts.isIdentifier(callee)) {
            const decl = this.r.symbolOf(callee)?.declarations?.[0];
            if (decl && ts.isFunctionDeclaration(decl) && !this.r.isApiDecl(decl)) {
                for (const a of e.arguments) {
                    this.checkArgumentValue(a);
                }
                return;
            }
        }
        this.report("UnsupportedSyntax", e, "This call", "Call a top-level function or an API method.");
    }

    /** Arguments of a program function: values, socks passed on, or null. */
    private checkArgumentValue(a: ts.Expression): void {
        const cls = this.r.classOfType(this.r.checker.getTypeAtLocation(a));
        if (cls && ts.isIdentifier(a)) {
            return;
        }
        this.checkExpression(a, "value");
    }

    private checkConsoleLog(e: ts.CallExpression): void {
        const [arg] = e.arguments;
        if (e.arguments.length !== 1) {
            this.report("UnsupportedSyntax", e, "console.log with several arguments",
                "Pass one string or template literal: console.log(`got ${n} bytes`).");
            return;
        }
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
            return;
        }
        if (ts.isTemplateExpression(arg)) {
            for (const span of arg.templateSpans) {
                const t = this.r.checker.getTypeAtLocation(span.expression);
                if ((t.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.EnumLike)) === 0) {
                    this.report("UnsupportedType", span.expression, this.r.checker.typeToString(t),
                        "Only numbers can be formatted in a template literal in this version.");
                }
                this.checkExpression(span.expression, "value");
            }
            return;
        }
        this.report("NotACompileTimeString", arg);
    }

    private checkArgs(e: ts.CallExpression, params: readonly Param[]): void {
        const args = e.arguments;
        params.forEach((p, i) => {
            const a = args[i];
            if (!a) {
                return; // TypeScript reports the missing argument
            }
            this.checkArg(a, p);
        });
    }

    private checkArg(a: ts.Expression, p: Param): void {
        switch (p.k) {
        case "value":
            if (p.mustBeZero && !(ts.isNumericLiteral(a) && a.text === "0")) {
                this.report("BlockingTimeout", a);
                return;
            }
            this.checkExpression(a, "value");
            return;
        case "length":
            this.checkExpression(a, "value");
            return;
        case "buffer":
        case "data":
            if (!ts.isIdentifier(a) || !this.r.isTypedArray(this.r.checker.getTypeAtLocation(a))) {
                this.report("BufferArgument", a);
            }
            return;
        case "endpoint":
            if (a.kind === ts.SyntaxKind.NullKeyword) {
                return;
            }
            if (!ts.isIdentifier(a) || this.r.classOfType(this.r.checker.getTypeAtLocation(a)) !== "UdpEndpoint") {
                this.report("EndpointArgument", a);
            }
            return;
        case "object":
            if (!ts.isIdentifier(a)) {
                this.report("UnsupportedSyntax", a, "This argument", "Pass the module-level object by name.");
            }
            return;
        case "handler": {
            if (ts.isArrowFunction(a) || ts.isFunctionExpression(a)) {
                this.report("ClosureAsHandler", a);
                return;
            }
            const decl = ts.isIdentifier(a) ? this.r.symbolOf(a)?.declarations?.[0] : undefined;
            if (!decl || !ts.isFunctionDeclaration(decl) || !ts.isSourceFile(decl.parent)) {
                this.report("HandlerNotFunction", a, ts.isIdentifier(a) ? a.text : "handler");
                return;
            }
            const shape = handlerTypes[p.c];
            const returnsVoid = decl.type?.kind === ts.SyntaxKind.VoidKeyword;
            if (decl.parameters.length !== shape.params.length || !returnsVoid) {
                this.report("HandlerSignature", a, decl.name?.text ?? "handler", shape.ts);
            }
            return;
        }
        case "handlerArg":
            if (a.kind !== ts.SyntaxKind.NullKeyword) {
                this.report("HandlerArgUnsupported", a);
            }
            return;
        case "cstring":
            if (!ts.isStringLiteral(a) && !ts.isNoSubstitutionTemplateLiteral(a)) {
                this.report("NotACompileTimeString", a);
            }
            return;
        }
    }
}

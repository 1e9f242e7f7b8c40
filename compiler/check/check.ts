/**
 * Stage 2, check: the subset rules. Walks the program's own files and reports every
 * construct riotscript cannot compile with the same behaviour as Node, as catalogued RS
 * diagnostics. What passes here, `lower` must handle; anything else is an internal error.
 */
import { ts } from "ts-morph";
import { diag, Diagnostic, progress, Span } from "../diagnostics/diagnostic";
import { Loaded, spanOf } from "../load/load";
import { functions as apiFunctions, handlerTypes, Param } from "../riot/bindings";
import { Resolver } from "./resolve";
import { alternativeFor, GENERIC_ALTERNATIVE } from "../diagnostics/alternatives";

/** Syntax kinds with a dedicated hint when they are rejected. */
const UNSUPPORTED: Partial<Record<ts.SyntaxKind, [string, string]>> = {
    [ts.SyntaxKind.ForInStatement]: ["A 'for...in' loop", "Objects have no enumerable keys in C; "
        + "loop over an index, or use 'for...of' on a typed array."],
    [ts.SyntaxKind.TryStatement]: ["'try'/'catch'", "RIOT's API reports errors as negative return "
        + "values; test them with 'if (res < 0)'."],
    [ts.SyntaxKind.ThrowStatement]: ["'throw'", "Return a negative errno value instead."],
    [ts.SyntaxKind.ObjectLiteralExpression]: ["An object literal", "Declare a class and create it "
        + "with 'new', at module level or as a local."],
    [ts.SyntaxKind.ArrayLiteralExpression]: ["An array literal", "Use a typed array with a "
        + "constant length ('new Uint8Array(16)'), or a module-level table: "
        + "'const T = [1, 2, 3] as const'."],
    [ts.SyntaxKind.AwaitExpression]: ["'await'", "Handlers run to completion on the event "
        + "queue; react to events instead of awaiting them."],
    [ts.SyntaxKind.ArrowFunction]: ["An arrow function", "Declare a top-level 'function'."],
    [ts.SyntaxKind.FunctionExpression]: ["A function expression", "Declare a top-level 'function'."],
    [ts.SyntaxKind.WithStatement]: ["'with'", "Name the object explicitly."],
    [ts.SyntaxKind.DeleteExpression]: ["'delete'", "Objects have a fixed layout in C."],
    [ts.SyntaxKind.TypeOfExpression]: ["'typeof'", "Every value's type is known at compile time."],
    [ts.SyntaxKind.SpreadElement]: ["Spread syntax", "Pass the values one by one."],
    [ts.SyntaxKind.NonNullExpression]: ["A non-null assertion", "Test for null explicitly."],
    [ts.SyntaxKind.AsExpression]: ["A type assertion", "Convert with u8(x), i32(x), f64(x), ...; "
        + "'as const' is for module-level tables."],
    [ts.SyntaxKind.TypeAssertionExpression]: ["A type assertion", "Convert with u8(x), i32(x), ..."],
    [ts.SyntaxKind.SatisfiesExpression]: ["'satisfies'", "Annotate the declaration's type."],
    [ts.SyntaxKind.TemplateExpression]: ["A template literal outside console.log and writeText",
        "Strings are not values: print with console.log(`...`), or format into bytes with "
        + "'const n = writeText(buf, 0, `...`)' and send buf."],
    [ts.SyntaxKind.TaggedTemplateExpression]: ["A tagged template", "Call a function instead."],
    [ts.SyntaxKind.YieldExpression]: ["'yield'", "Keep state in module-level variables and react "
        + "to events."],
    [ts.SyntaxKind.ClassExpression]: ["A class expression", "Declare the class at module level."],
    [ts.SyntaxKind.ModuleDeclaration]: ["A namespace", "Use a module file and import from it."],
    [ts.SyntaxKind.BigIntLiteral]: ["A BigInt", "Use u32/i32 values; 64-bit integers are not "
        + "exact as JavaScript numbers."],
    [ts.SyntaxKind.RegularExpressionLiteral]: ["A regular expression", "Parse bytes with a loop."],
    [ts.SyntaxKind.DebuggerStatement]: ["'debugger'", "Build with --debug and use gdb."],
    [ts.SyntaxKind.VoidExpression]: ["'void'", "Call the function as a statement."],
};

/** Operators and the subset's verdict. */
const REJECTED_BINARY: Partial<Record<ts.SyntaxKind, string>> = {
    [ts.SyntaxKind.AsteriskAsteriskToken]: "Multiply explicitly, or shift for powers of two.",
    [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: "Multiply explicitly, or shift for powers of two.",
    [ts.SyntaxKind.QuestionQuestionToken]: "Values are never null or undefined in riotscript.",
    [ts.SyntaxKind.QuestionQuestionEqualsToken]: "Values are never null or undefined in riotscript.",
    [ts.SyntaxKind.BarBarEqualsToken]: "Write an 'if'.",
    [ts.SyntaxKind.AmpersandAmpersandEqualsToken]: "Write an 'if'.",
    [ts.SyntaxKind.InKeyword]: "Objects have a fixed layout in C.",
    [ts.SyntaxKind.InstanceOfKeyword]: "Every value's class is known at compile time.",
    [ts.SyntaxKind.CommaToken]: "Write separate statements.",
};

const COMPOUND_ASSIGN = new Set([ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken,
    ts.SyntaxKind.AsteriskEqualsToken, ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.PercentEqualsToken,
    ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.CaretEqualsToken,
    ts.SyntaxKind.LessThanLessThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
    ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, ts.SyntaxKind.EqualsToken]);

/** Functions of runtime/api/lang.ts and the globals riotscript compiles. */
const LANG_FUNCTIONS = new Set(["i8", "i16", "i32", "u8", "u16", "u32", "f64", "readU16BE", "readU16LE",
    "readU32BE", "readU32LE", "writeU16BE", "writeU16LE", "writeU32BE", "writeU32LE", "bytes", "writeText", "bytesEqual"]);
const MATH = new Set(["min", "max", "abs", "floor", "trunc", "round", "imul", "sqrt", "ceil"]);
const TYPED_ARRAY_NAMES = new Set(["Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
    "Int32Array", "Float64Array"]);

/** The value of a number literal, or of an expression whose type is a number literal type. */
export function constantNumber(checker: ts.TypeChecker, e: ts.Expression): number | undefined {
    if (ts.isNumericLiteral(e)) {
        return Number(e.text.replace(/_/g, ""));
    }
    const t = checker.getTypeAtLocation(e);
    return t.isNumberLiteral() ? t.value : undefined;
}

export function check(loaded: Loaded): Diagnostic[] {
    const checker = loaded.checker;
    const c = new Checker(new Resolver(checker, loaded.runtimeDir), loaded);
    for (const sf of loaded.programFiles) {
        c.checkFile(sf);
    }
    c.checkEntry(loaded.entry);
    return c.diagnostics;
}

/** The DataView accessors riotscript lowers: 8, 16 and 32 bits, signed and unsigned. */
export const DATAVIEW_METHOD = /^(get|set)(Uint|Int)(8|16|32)$/;

class Checker {
    readonly diagnostics: Diagnostic[] = [];

    constructor(private readonly r: Resolver, private readonly loaded: Loaded) {}

    private span(node: ts.Node): Span {
        return spanOf(node, this.loaded.displayPath);
    }

    private report(id: Parameters<typeof diag>[0], node: ts.Node, ...args: string[]): void {
        this.diagnostics.push(diag(id, this.span(node), ...args));
    }

    checkFile(sf: ts.SourceFile): void {
        for (const stmt of sf.statements) {
            this.checkTopLevel(stmt);
        }
        this.checkTypes(sf);
    }

    checkEntry(entry: ts.SourceFile): void {
        const main = entry.statements.find((s): s is ts.FunctionDeclaration =>
            ts.isFunctionDeclaration(s) && s.name?.text === "main");
        if (!main) {
            this.diagnostics.push(diag("MissingMain", {
                file: this.loaded.displayPath(entry.fileName), start: 0, end: 1, line: 1, col: 1,
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
        progress.span = this.span(stmt);
        if (ts.isImportDeclaration(stmt)) {
            const spec = ts.isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : "";
            if (spec !== "riotscript" && !spec.startsWith(".")) {
                this.report("UnsupportedImport", stmt.moduleSpecifier, spec);
            }
            const bindings = stmt.importClause?.namedBindings;
            if (bindings && ts.isNamespaceImport(bindings)) {
                this.report("UnsupportedSyntax", bindings, "A namespace import ('import * as')",
                    `Import the names you use: import { a, b } from "${spec}".`);
            }
            if (stmt.importClause?.name) {
                this.report("UnsupportedSyntax", stmt.importClause.name, "A default import",
                    `Import the names you use: import { a, b } from "${spec}".`);
            }
            return;
        }
        if (ts.isExportDeclaration(stmt)) {
            return;
        }
        if (ts.isFunctionDeclaration(stmt)) {
            if (!stmt.body) {
                this.report("UnsupportedSyntax", stmt.name ?? stmt, "A function without a body",
                    "Write the function in TypeScript; C functions are reached through the riotscript API.");
                return;
            }
            this.checkFunction(stmt);
            return;
        }
        if (ts.isModuleDeclaration(stmt)) {
            this.report("UnsupportedSyntax", stmt.name, "A namespace", "Use a module file and import from it.");
            return;
        }
        if (ts.isVariableStatement(stmt) && stmt.declarationList.declarations.length > 0
            && (ts.getCombinedModifierFlags(stmt.declarationList.declarations[0]) & ts.ModifierFlags.Ambient) !== 0) {
            this.report("UnsupportedSyntax", stmt, "A 'declare'd variable", "Declare it with a value.");
            return;
        }
        if (ts.isVariableStatement(stmt)) {
            this.checkVariableStatement(stmt, true);
            return;
        }
        if (ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt) || ts.isEmptyStatement(stmt)) {
            return;
        }
        if (ts.isClassDeclaration(stmt)) {
            this.checkClass(stmt);
            return;
        }
        if (ts.isEnumDeclaration(stmt)) {
            // all integers, or all string literals (a string enum: an int enum in C whose
            // members print as their strings)
            const strings = stmt.members.filter((m) => m.initializer && ts.isStringLiteral(m.initializer));
            for (const m of stmt.members) {
                const isString = m.initializer !== undefined && ts.isStringLiteral(m.initializer);
                if (strings.length > 0 && !isString) {
                    this.report("UnsupportedType", m.initializer ?? m.name, "enum mixing strings and numbers",
                        "Give every member a string, or every member a number.");
                } else if (m.initializer && !isString && !ts.isNumericLiteral(m.initializer)
                    && !ts.isPrefixUnaryExpression(m.initializer) && !ts.isBinaryExpression(m.initializer)) {
                    this.report("UnsupportedType", m.initializer, "non-integer enum member",
                        "Enum members must be integers or string literals.");
                }
            }
            return;
        }
        if (ts.isExpressionStatement(stmt) || ts.isIfStatement(stmt) || ts.isIterationStatement(stmt, false)) {
            this.report("UnsupportedSyntax", stmt, "A statement at module level",
                "Put it in 'main' (or a function main calls); only declarations live at module level.");
            return;
        }
        this.unsupported(stmt);
    }

    private checkFunction(fn: ts.FunctionLikeDeclaration): void {
        if (fn.asteriskToken || (ts.getCombinedModifierFlags(fn as ts.Declaration) & ts.ModifierFlags.Async) !== 0) {
            this.report("UnsupportedSyntax", fn.name ?? fn, "An async or generator function",
                "Handlers run to completion on the event queue; react to events.");
            return;
        }
        for (const p of fn.parameters) {
            this.checkParam(p);
        }
        if (fn.body && ts.isBlock(fn.body)) {
            this.checkBlock(fn.body);
        }
    }

    private checkClass(c: ts.ClassDeclaration): void {
        if ((ts.getCombinedModifierFlags(c) & ts.ModifierFlags.Abstract) !== 0) {
            this.report("UnsupportedSyntax", c.name ?? c, "An abstract class", "Write a concrete class; "
                + "without inheritance there is nothing to implement it.");
            return;
        }
        const ext = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
        if (ext) {
            this.report("ClassInheritance", ext);
        }
        for (const m of c.members) {
            const isStatic = (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;
            if (isStatic) {
                this.report("UnsupportedSyntax", m, "A static member", "Use a module-level variable or function.");
            } else if (ts.isPropertyDeclaration(m)) {
                if (!ts.isIdentifier(m.name)) {
                    this.report("UnsupportedSyntax", m.name, "A computed or private (#) field name",
                        "Use a plain name; 'private' is fine.");
                } else if (m.initializer && ts.isNewExpression(m.initializer) && this.r.api(m.initializer.expression)
                    && !plainValueClass(this.r.api(m.initializer.expression))) {
                    this.report("UnsupportedSyntax", m.initializer, "A RIOT API object as a field",
                        "Keep socks, queues and endpoints at module level or as locals.");
                } else if (m.initializer) {
                    this.checkInitializer(m.initializer, false);
                }
            } else if (ts.isConstructorDeclaration(m)) {
                for (const p of m.parameters) {
                    if (ts.getCombinedModifierFlags(p) & (ts.ModifierFlags.ParameterPropertyModifier)) {
                        this.report("UnsupportedSyntax", p, "A parameter property",
                            "Declare the field in the class body and assign it in the constructor.");
                    }
                }
                this.checkFunction(m);
            } else if (ts.isMethodDeclaration(m)) {
                if (!ts.isIdentifier(m.name)) {
                    this.report("UnsupportedSyntax", m.name, "A computed method name", "Use a plain name.");
                }
                this.checkFunction(m);
            } else if (ts.isGetAccessor(m) || ts.isSetAccessor(m)) {
                this.report("UnsupportedSyntax", m, "A getter or setter", "Write a method: getX()/setX(v).");
            } else if (!ts.isSemicolonClassElement(m)) {
                this.unsupported(m);
            }
        }
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
        if (!ts.isIdentifier(p.name)) {
            this.report("UnsupportedSyntax", p.name, "Destructuring", "Name the parameter.");
        }
    }

    private checkBlock(block: ts.Block): void {
        for (const s of block.statements) {
            this.checkStatement(s);
        }
    }

    private checkStatement(s: ts.Statement): void {
        progress.span = this.span(s);
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
        } else if (ts.isWhileStatement(s) || ts.isDoStatement(s)) {
            this.checkExpression(s.expression, "value");
            this.checkStatement(s.statement);
        } else if (ts.isForStatement(s)) {
            if (s.initializer) {
                if (ts.isVariableDeclarationList(s.initializer)) {
                    this.checkDeclarationList(s.initializer, false);
                } else {
                    this.checkExpression(s.initializer, "statement");
                }
            }
            if (s.condition) {
                this.checkExpression(s.condition, "value");
            }
            if (s.incrementor) {
                this.checkExpression(s.incrementor, "statement");
            }
            this.checkStatement(s.statement);
        } else if (ts.isForOfStatement(s)) {
            const init = s.initializer;
            if (s.awaitModifier || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1
                || !ts.isIdentifier(init.declarations[0].name)) {
                this.report("UnsupportedSyntax", init, "This 'for...of' head", "Write 'for (const x of array)'.");
            } else if (!this.r.isTypedArray(this.r.checker.getTypeAtLocation(s.expression))
                && !this.isStructArray(s.expression)) {
                this.report("UnsupportedSyntax", s.expression, "'for...of' over this value",
                    "Loop over a typed array, a table or a structArray.");
            }
            this.checkExpression(s.expression, "value");
            this.checkStatement(s.statement);
        } else if (ts.isSwitchStatement(s)) {
            this.checkExpression(s.expression, "value");
            for (const c of s.caseBlock.clauses) {
                if (ts.isCaseClause(c)) {
                    this.checkExpression(c.expression, "value");
                }
                c.statements.forEach((x) => this.checkStatement(x));
            }
        } else if (ts.isLabeledStatement(s)) {
            this.checkStatement(s.statement);
        } else if (ts.isBreakStatement(s) || ts.isContinueStatement(s) || ts.isEmptyStatement(s)) {
            // fine
        } else if (ts.isReturnStatement(s)) {
            if (s.expression) {
                this.checkExpression(s.expression, "value");
            }
        } else if (ts.isFunctionDeclaration(s)) {
            this.report("NestedFunction", s.name ?? s, s.name?.text ?? "");
        } else if (ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) {
            this.report("UnsupportedSyntax", s, "A class or enum inside a function", "Declare it at module level.");
        } else {
            this.unsupported(s);
        }
    }

    private isStructArray(e: ts.Expression): boolean {
        const t = this.r.checker.getTypeAtLocation(e);
        return this.r.checker.isArrayType(t) || this.r.checker.isTupleType(t);
    }

    private checkVariableStatement(s: ts.VariableStatement, topLevel: boolean): void {
        this.checkDeclarationList(s.declarationList, topLevel);
    }

    private checkDeclarationList(list: ts.VariableDeclarationList, topLevel: boolean): void {
        if ((list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) === 0) {
            this.report("VarDeclaration", list.getFirstToken() ?? list);
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
            this.checkInitializer(d.initializer, topLevel);
        }
    }

    private checkInitializer(init: ts.Expression, topLevel: boolean): void {
        if (ts.isNewExpression(init)) {
            this.checkNew(init, topLevel);
            return;
        }
        if (ts.isAsExpression(init) && init.type.kind === ts.SyntaxKind.TypeReference
            && init.type.getText() === "const") {
            if (!topLevel || !ts.isArrayLiteralExpression(init.expression)) {
                this.report("UnsupportedSyntax", init, "'as const' here",
                    "Use it on a module-level array literal: 'const T = [1, 2, 3] as const'.");
                return;
            }
            for (const el of init.expression.elements) {
                this.checkExpression(el, "value");
            }
            return;
        }
        if (ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "structArray"
            && this.isApiName(init.expression)) {
            if (!topLevel) {
                this.report("UnsupportedSyntax", init, "A structArray inside a function",
                    "Declare it at module level: 'const peers = structArray(Peer, 8)' is static storage.");
            }
            const [, n] = init.arguments;
            if (!n || !this.constantLength(n)) {
                this.report("DynamicArrayLength", n ?? init);
            }
            return;
        }
        if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression)) {
            const ref = this.r.api(init.expression.name);
            if (ref?.k === "method" && ref.binding?.initializer) {
                this.checkArgs(init, ref.binding.params);
                return;
            }
            if (init.expression.name.text === "subarray" && !ref && topLevel) {
                this.report("UnsupportedSyntax", init, "A view at module level",
                    "Create views inside the function that uses them; module level holds the arrays.");
                return;
            }
            if (init.expression.name.text === "subarray" && !ref) {
                init.arguments.forEach((a) => this.checkExpression(a, "value"));
                this.checkExpression(init.expression.expression, "value");
                return;
            }
        }
        this.checkExpression(init, "value");
    }

    private isApiName(id: ts.Identifier): boolean {
        const decl = this.r.symbolOf(id)?.declarations?.[0];
        return decl !== undefined && this.r.isApiDecl(decl);
    }

    private checkNew(e: ts.NewExpression, topLevel: boolean): void {
        const args = e.arguments ?? ts.factory.createNodeArray();
        if (ts.isIdentifier(e.expression) && TYPED_ARRAY_NAMES.has(e.expression.text)
            && !this.r.api(e.expression) && !this.programClass(e.expression)) {
            if (args.length !== 1 || !this.constantLength(args[0])) {
                this.report("DynamicArrayLength", args[0] ?? e);
            }
            return;
        }
        if (this.programClass(e.expression)) {
            args.forEach((a) => this.checkExpression(a, "value"));
            return;
        }
        if (ts.isIdentifier(e.expression) && e.expression.text === "DataView" && !this.r.api(e.expression)) {
            const decl = e.parent;
            const isConst = ts.isVariableDeclaration(decl) && decl.initializer === e && ts.isIdentifier(decl.name)
                && (decl.parent.flags & ts.NodeFlags.Const) !== 0;
            if (!this.r.dataViewSource(e)) {
                this.report("UnsupportedSyntax", e, "This DataView", "Cover a Uint8Array's bytes exactly: "
                    + "'new DataView(buf.buffer, buf.byteOffset, buf.byteLength)', or 'new DataView(buf.buffer)' for a "
                    + "module-level array.");
            } else if (!isConst || topLevel) {
                this.report("UnsupportedSyntax", e, "A DataView here", "Give it a name with 'const' inside a function: "
                    + "'const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)'.");
            }
            return;
        }
        const ref = this.r.api(e.expression);
        if (ref?.k !== "class") {
            const name = e.expression.getText();
            const known = alternativeFor(name);
            this.report("UnsupportedSyntax", e, `'new ${name}'`, known === GENERIC_ALTERNATIVE
                ? "Create typed arrays, program classes and riotscript API objects." : known);
            return;
        }
        if (args.length > 0) {
            this.report("UnsupportedSyntax", args[0], "A constructor argument",
                `Create it with 'new ${ref.name}()'.`);
        }
        if (ref.binding.moduleLevelOnly && !topLevel) {
            const decl = e.parent;
            const name = ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) ? decl.name.text : "it";
            this.report("ObjectNotModuleLevel", e, ref.name, name);
        }
    }

    /** `view.getUint16(off, littleEndian?)`, `view.setInt32(off, v, littleEndian?)`, ... */
    private checkDataViewCall(e: ts.CallExpression, callee: ts.PropertyAccessExpression): void {
        const set = callee.name.text.startsWith("set");
        const n = set ? 2 : 1;
        const args = e.arguments;
        if (!ts.isIdentifier(callee.expression)) {
            this.report("UnsupportedSyntax", callee.expression, "A DataView expression", "Call the method on a named DataView.");
            return;
        }
        if (args.length < n || args.length > n + 1) {
            this.report("UnsupportedSyntax", e, `'${callee.name.text}' with ${args.length} arguments`,
                set ? "Pass the offset, the value and optionally littleEndian." : "Pass the offset and optionally littleEndian.");
            return;
        }
        const le = args[n];
        if (le !== undefined && le.kind !== ts.SyntaxKind.TrueKeyword && le.kind !== ts.SyntaxKind.FalseKeyword) {
            this.report("NotAConstant", le, "The littleEndian argument", "Write true or false: the byte order is "
                + "decided at compile time.");
            return;
        }
        args.slice(0, n).forEach((a) => this.checkExpression(a, "value"));
    }

    private programClass(e: ts.Expression): boolean {
        const decl = this.r.symbolOf(e)?.declarations?.[0];
        return decl !== undefined && ts.isClassDeclaration(decl) && !this.r.isApiDecl(decl);
    }

    private constantLength(e: ts.Expression): boolean {
        const v = constantNumber(this.r.checker, e);
        if (v !== undefined && !(Number.isInteger(v) && v > 0 && v <= 0x7fffffff)) {
            // a constant, just not a length: say so, rather than "not a constant"
            this.report("ArrayLengthRange", e, String(v));
            return true;
        }
        return v !== undefined;
    }

    /** `use`: a statement (value discarded) or a value. */
    private checkExpression(e: ts.Expression, use: "statement" | "value"): void {
        if (ts.isParenthesizedExpression(e)) {
            this.checkExpression(e.expression, use);
        } else if (ts.isNumericLiteral(e)) {
            const v = Number(e.text.replace(/_/g, ""));
            if (Number.isInteger(v) && Math.abs(v) > Number.MAX_SAFE_INTEGER) {
                this.report("UnsupportedType", e, e.text, "Integers must be exact in JavaScript: at most 2^53.");
            }
        } else if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)
            || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword
            || e.kind === ts.SyntaxKind.NullKeyword || e.kind === ts.SyntaxKind.ThisKeyword) {
            // literals
        } else if (ts.isIdentifier(e)) {
            this.checkIdentifierUse(e);
        } else if (ts.isPropertyAccessExpression(e)) {
            this.checkPropertyAccess(e);
        } else if (ts.isElementAccessExpression(e)) {
            this.checkIndexable(e);
            this.checkExpression(e.expression, "value");
            this.checkExpression(e.argumentExpression, "value");
        } else if (ts.isCallExpression(e)) {
            this.checkCall(e);
        } else if (ts.isBinaryExpression(e)) {
            this.checkBinary(e, use);
        } else if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) {
            const op = e.operator;
            if (op === ts.SyntaxKind.PlusPlusToken || op === ts.SyntaxKind.MinusMinusToken) {
                if (use !== "statement") {
                    this.report("AssignmentInExpression", e);
                    return;
                }
                this.checkAssignTarget(e.operand);
                return;
            }
            this.checkExpression(e.operand, "value");
        } else if (ts.isConditionalExpression(e)) {
            this.checkExpression(e.condition, "value");
            this.checkExpression(e.whenTrue, "value");
            this.checkExpression(e.whenFalse, "value");
        } else if (ts.isNewExpression(e)) {
            this.report("UnsupportedSyntax", e, "'new' inside an expression",
                "Create the object in a declaration of its own: 'const x = new C()'.");
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
        if (op === ts.SyntaxKind.CommaToken && use === "statement") {
            this.checkExpression(e.left, "statement");
            this.checkExpression(e.right, "statement");
            return;
        }
        const rejected = REJECTED_BINARY[op];
        if (rejected) {
            this.report("UnsupportedOperator", e.operatorToken, ts.tokenToString(op) ?? "", "any value", rejected);
            return;
        }
        if (COMPOUND_ASSIGN.has(op)) {
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

    /** Only typed arrays, tables and arrays of structs can be indexed. */
    private checkIndexable(e: ts.ElementAccessExpression): void {
        const t = this.r.checker.getTypeAtLocation(e.expression);
        if (!this.r.isTypedArray(t) && !this.isStructArray(e.expression)) {
            this.report("UnsupportedSyntax", e, "Indexing this value", "Index typed arrays, 'as const' tables and "
                + "structArrays; name fields with a dot.");
        }
    }

    private checkAssignTarget(t: ts.Expression): void {
        while (ts.isParenthesizedExpression(t)) {
            t = t.expression;
        }
        if (ts.isPropertyAccessExpression(t)) {
            const ref = this.r.api(t.name);
            if (ref && ref.k !== "field") {
                this.report("UnknownApi", t.name, t.getText());
            }
            this.checkExpression(t.expression, "value");
            return;
        }
        if (ts.isElementAccessExpression(t)) {
            this.checkIndexable(t);
            this.checkExpression(t.expression, "value");
            this.checkExpression(t.argumentExpression, "value");
            return;
        }
        if (ts.isIdentifier(t)) {
            return; // TypeScript rejects assignments to constants and functions
        }
        this.report("UnsupportedSyntax", t, "This assignment target", "Assign to a variable, a field or an element.");
    }

    private checkIdentifierUse(id: ts.Identifier): void {
        if (id.text === "undefined") {
            this.report("UnsupportedSyntax", id, "'undefined'", "Use 'null' for a handler argument; values "
                + "are never undefined in riotscript.");
            return;
        }
        if (id.text === "NaN" || id.text === "Infinity") {
            this.report("UnsupportedSyntax", id, `'${id.text}'`, "Test for the condition that produces it instead.");
            return;
        }
        const sym = this.r.symbolOf(id);
        const decl = sym?.declarations?.[0];
        if (decl && (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl))) {
            this.report("ObjectMisuse", id, "function", "used as a value",
                "Call it, or pass it as a handler to an API that takes one.");
            return;
        }
        if (decl && (ts.isClassDeclaration(decl) || ts.isEnumDeclaration(decl))) {
            this.report("ObjectMisuse", id, ts.isClassDeclaration(decl) ? "class" : "enum", "used as a value",
                "Create an instance with 'new', or name an enum member.");
            return;
        }
        if (decl && decl.getSourceFile().isDeclarationFile && !this.r.isApiDecl(decl)) {
            this.report("UnknownApi", id, id.text);
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
        if (ref?.k === "field" || ref?.k === "constant") {
            this.checkExpression(e.expression, "value");
            return;
        }
        if (ref) {
            this.report("UnknownApi", e.name, e.getText());
            return;
        }
        const sym = this.r.symbolOf(e.name);
        const decl = sym?.declarations?.[0];
        if (decl && ts.isEnumMember(decl)) {
            return;
        }
        if (decl && ts.isPropertyDeclaration(decl) && !decl.getSourceFile().isDeclarationFile) {
            this.checkExpression(e.expression, "value");
            return;
        }
        if (e.name.text === "length") {
            if (stringConstant(this.r, e.expression) !== undefined) {
                return; // the length of a literal or const string is a constant
            }
            const t = this.r.checker.getTypeAtLocation(e.expression);
            if (this.r.isTypedArray(t) || this.isStructArray(e.expression)) {
                this.checkExpression(e.expression, "value");
                return;
            }
        }
        if (decl && ts.isMethodDeclaration(decl)) {
            this.report("ObjectMisuse", e, "method", "used as a value", "Call it.");
            return;
        }
        this.report("UnknownApi", e.name, e.getText());
    }

    private checkCall(e: ts.CallExpression): void {
        const callee = e.expression;
        if (ts.isIdentifier(callee) && callee.text === "eval") {
            this.report("EvalCall", callee);
            return;
        }
        if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
            && !this.r.symbolOf(callee.expression)?.declarations?.some((d) => !d.getSourceFile().isDeclarationFile
                || this.r.isApiDecl(d))) {
            if (callee.expression.text === "console" && callee.name.text === "log") {
                this.checkConsoleLog(e);
                return;
            }
            if (callee.expression.text === "Math" && MATH.has(callee.name.text)) {
                e.arguments.forEach((a) => this.checkExpression(a, "value"));
                return;
            }
            this.report("UnknownApi", callee, callee.getText());
            return;
        }
        if (ts.isPropertyAccessExpression(callee) && DATAVIEW_METHOD.test(callee.name.text) && this.r.isDataView(callee.expression)) {
            this.checkDataViewCall(e, callee);
            return;
        }
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === "charCodeAt"
            && stringConstant(this.r, callee.expression) !== undefined && e.arguments.length === 1) {
            this.checkExpression(e.arguments[0], "value");
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
                    this.checkExpression(callee.expression, "value");
                }
                this.checkArgs(e, ref.binding.params);
                return;
            }
            if (ref) {
                this.report("UnknownApi", callee.name, callee.getText());
                return;
            }
            const decl = this.r.symbolOf(callee.name)?.declarations?.[0];
            if (decl && ts.isMethodDeclaration(decl) && !decl.getSourceFile().isDeclarationFile) {
                this.checkExpression(callee.expression, "value");
                e.arguments.forEach((a) => this.checkExpression(a, "value"));
                return;
            }
            if (callee.name.text === "subarray") {
                this.report("UnsupportedSyntax", e, "'subarray' inside an expression",
                    "Give the view a name: 'const payload = buf.subarray(4, n)'.");
                return;
            }
            const arrayName = this.r.isTypedArray(this.r.checker.getTypeAtLocation(callee.expression));
            if (callee.name.text === "fill" && arrayName !== undefined) {
                this.checkFill(e, callee, arrayName);
                return;
            }
            if (callee.name.text === "set" && arrayName !== undefined) {
                this.checkSet(e, callee);
                return;
            }
            this.report("UnknownApi", callee.name, callee.getText());
            return;
        }
        if (ts.isIdentifier(callee)) {
            const decl = this.r.symbolOf(callee)?.declarations?.[0];
            if (decl && ts.isFunctionDeclaration(decl) && decl.getSourceFile().isDeclarationFile) {
                this.report("UnknownApi", callee, callee.text);
                return;
            }
            if (decl && ts.isFunctionDeclaration(decl)) {
                if (this.r.isApiDecl(decl) && apiFunctions[callee.text]) {
                    this.checkArgs(e, apiFunctions[callee.text].params);
                    return;
                }
                if (this.r.isApiDecl(decl)) {
                    if (!LANG_FUNCTIONS.has(callee.text)) {
                        this.report("UnsupportedSyntax", e, `'${callee.text}(...)' here`,
                            callee.text === "structArray" ? "Use it to initialise a module-level 'const'."
                                : "See docs/language.md.");
                        return;
                    }
                }
                if (this.r.isApiDecl(decl) && ["bytes", "writeText", "bytesEqual"].includes(callee.text)) {
                    this.checkText(e, callee.text);
                    return;
                }
                e.arguments.forEach((a) => this.checkArgumentValue(a));
                return;
            }
        }
        this.report("UnsupportedSyntax", e, "This call", "Call a top-level function, a method or an API method.");
    }

    /**
     * `buf.fill(v)` on a byte array or view, as a statement: every byte set to v (a memset).
     * A range, or wider elements, take a loop (or a view: `buf.subarray(s, e)`, then fill it).
     */
    private checkFill(e: ts.CallExpression, callee: ts.PropertyAccessExpression, arrayName: string): void {
        if (arrayName !== "Uint8Array" && arrayName !== "Int8Array") {
            this.report("UnsupportedSyntax", e, `'fill' on a ${arrayName}`,
                "fill works on Uint8Array and Int8Array (a memset); for wider elements write a loop: "
                + "for (let i = 0; i < a.length; i++) a[i] = v.");
            return;
        }
        if (e.arguments.length !== 1) {
            this.report("UnsupportedSyntax", e, "'fill' with a start or an end",
                "Fill a view of the part: 'const part = buf.subarray(start, end); part.fill(v);'.");
            return;
        }
        if (!ts.isExpressionStatement(e.parent)) {
            this.report("UnsupportedSyntax", e, "'fill' inside an expression", "Call it as a statement: 'buf.fill(0);'.");
            return;
        }
        this.checkExpression(callee.expression, "value");
        this.checkExpression(e.arguments[0], "value");
    }

    /** bytes(text), writeText(buf, offset, text) and bytesEqual(a, b): text known when compiling. */
    private checkText(e: ts.CallExpression, name: string): void {
        const args = e.arguments;
        if (name === "bytes") {
            const d = e.parent;
            const moduleConst = ts.isVariableDeclaration(d) && d.initializer === e && ts.isIdentifier(d.name)
                && ts.isVariableDeclarationList(d.parent) && (d.parent.flags & ts.NodeFlags.Const) !== 0
                && ts.isVariableStatement(d.parent.parent) && ts.isSourceFile(d.parent.parent.parent);
            if (!moduleConst) {
                this.report("UnsupportedSyntax", e, "'bytes(...)' here",
                    "It makes a table: declare it once at module level, 'const HELLO = bytes(\"hello\\n\")', and use HELLO.");
            } else if (stringConstant(this.r, args[0]) === undefined) {
                this.report("NotACompileTimeString", args[0]);
            }
            return;
        }
        if (name === "bytesEqual") {
            this.checkExpression(args[0], "value");
            if (stringConstant(this.r, args[1]) === undefined) {
                this.checkExpression(args[1], "value");
            }
            return;
        }
        this.checkExpression(args[0], "value");
        this.checkExpression(args[1], "value");
        const text = args[2];
        if (ts.isTemplateExpression(text)) {
            text.templateSpans.forEach((t) => this.checkExpression(t.expression, "value"));
        } else if (stringConstant(this.r, text) === undefined) {
            this.report("NotACompileTimeString", text);
        }
    }

    /** `dst.set(src, offset)` on typed arrays, as a statement: a memcpy (or memmove). */
    private checkSet(e: ts.CallExpression, callee: ts.PropertyAccessExpression): void {
        if (!ts.isExpressionStatement(e.parent)) {
            this.report("UnsupportedSyntax", e, "'set' inside an expression", "Call it as a statement: 'dst.set(src, offset);'.");
            return;
        }
        const src = e.arguments[0];
        if (!src || e.arguments.length > 2 || this.r.isTypedArray(this.r.checker.getTypeAtLocation(src)) === undefined) {
            this.report("UnsupportedSyntax", e, "'set' with this source", "Copy from a typed array of the same "
                + "element type: 'dst.set(src, offset)'; for an 'as const' table, a loop.");
            return;
        }
        this.checkExpression(callee.expression, "value");
        this.checkExpression(src, "value");
        if (e.arguments[1]) {
            this.checkExpression(e.arguments[1], "value");
        }
    }

    /** Arguments of a program function: values, or objects passed on by name. */
    private checkArgumentValue(a: ts.Expression): void {
        if (ts.isIdentifier(a) || a.kind === ts.SyntaxKind.ThisKeyword) {
            if (ts.isIdentifier(a)) {
                const decl = this.r.symbolOf(a)?.declarations?.[0];
                if (decl && (ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl))) {
                    this.checkIdentifierUse(a);
                }
            }
            return;
        }
        this.checkExpression(a, "value");
    }

    private checkConsoleLog(e: ts.CallExpression): void {
        for (const arg of e.arguments) {
            if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
                continue;
            }
            if (ts.isTemplateExpression(arg)) {
                for (const span of arg.templateSpans) {
                    this.checkExpression(span.expression, "value");
                }
                continue;
            }
            this.checkExpression(arg, "value");
        }
        const first = e.arguments[0];
        if (e.arguments.length > 1 && first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))
            && first.text.includes("%")) {
            this.report("UnsupportedSyntax", first, "A '%' in console.log's first argument with more arguments",
                "Node treats it as a format directive; use one template literal.");
        }
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
            if (!ts.isIdentifier(a) || !["UdpEndpoint", "TcpEndpoint", "IpEndpoint"].includes(
                this.r.classOfType(this.r.checker.getTypeAtLocation(a)) ?? "")) {
                this.report("EndpointArgument", a);
            }
            return;
        case "objects": {
            const decl = ts.isIdentifier(a) ? this.r.symbolOf(a)?.declarations?.[0] : undefined;
            const init = decl && ts.isVariableDeclaration(decl) ? decl.initializer : undefined;
            if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression)
                || init.expression.text !== "structArray") {
                this.report("UnsupportedSyntax", a, "This argument",
                    "Pass a module-level 'const socks = structArray(TcpSock, n)' by name.");
            }
            return;
        }
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
            if (a.kind !== ts.SyntaxKind.NullKeyword && !contextObject(this.r, a)) {
                this.report("HandlerArgUnsupported", a);
            } else if (ts.isElementAccessExpression(a)) {
                this.checkExpression(a.argumentExpression, "value");
            }
            return;
        case "event":
            if (!ts.isIdentifier(a) || this.r.classOfType(this.r.checker.getTypeAtLocation(a)) !== "EventCallback") {
                this.report("UnsupportedSyntax", a, "This event argument", "Pass a module-level EventCallback by name.");
            }
            return;
        case "cstring":
            if (stringConstant(this.r, a) === undefined) {
                this.report("NotACompileTimeString", a);
            }
            return;
        }
    }
}

/**
 * A module-level `new C()` of a program class, or an element of a module-level
 * `structArray(C, n)`, the two objects that live as long as RIOT may keep a pointer to them.
 */
export function contextObject(r: Resolver, a: ts.Expression): boolean {
    const moduleInit = (id: ts.Expression): ts.Expression | undefined => {
        const decl = ts.isIdentifier(id) ? r.symbolOf(id)?.declarations?.[0] : undefined;
        return decl && ts.isVariableDeclaration(decl) && ts.isVariableStatement(decl.parent.parent)
            && ts.isSourceFile(decl.parent.parent.parent) ? decl.initializer : undefined;
    };
    const programClass = (c: ts.Expression | undefined): boolean => {
        const decl = c && ts.isIdentifier(c) ? r.symbolOf(c)?.declarations?.[0] : undefined;
        return decl !== undefined && ts.isClassDeclaration(decl) && !r.isApiDecl(decl) && !decl.getSourceFile().isDeclarationFile;
    };
    if (ts.isIdentifier(a)) {
        const decl = r.symbolOf(a)?.declarations?.[0];
        if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isElementAccessExpression(decl.initializer)
            && ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.Const) !== 0) {
            return contextObject(r, decl.initializer); // `const s = sessions[i]`: a name for the element
        }
        const init = moduleInit(a);
        return init !== undefined && ts.isNewExpression(init) && programClass(init.expression);
    }
    if (ts.isElementAccessExpression(a)) {
        const init = moduleInit(a.expression);
        return init !== undefined && ts.isCallExpression(init) && ts.isIdentifier(init.expression)
            && init.expression.text === "structArray" && programClass(init.arguments[0]);
    }
    return false;
}

/**
 * An API class whose objects are plain data RIOT keeps no pointer to (endpoints, DTLS
 * sessions): it can be a field of a program class.
 */
export function plainValueClass(ref: ReturnType<Resolver["api"]>): boolean {
    return ref?.k === "class" && !ref.binding.moduleLevelOnly && ref.binding.paramAs === "never";
}

/** The text of a string literal, or of a `const` initialised with one; undefined otherwise. */
export function stringConstant(r: Resolver, a: ts.Expression): string | undefined {
    if (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) {
        return a.text;
    }
    if (ts.isIdentifier(a)) {
        const decl = r.symbolOf(a)?.declarations?.[0];
        if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent)
            && (decl.parent.flags & ts.NodeFlags.Const) !== 0
            && (ts.isStringLiteral(decl.initializer) || ts.isNoSubstitutionTemplateLiteral(decl.initializer))) {
            return decl.initializer.text;
        }
    }
    return undefined;
}
